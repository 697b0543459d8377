using System;
using System.Buffers;
using System.Collections.Generic;

namespace Medborgarlofte.FollowUp.Evaluation;

/// <summary>
/// The observations of a follow-up grouped by target id, each group in document order, in one rented
/// array: no list per target. Dispose to return the arrays.
/// </summary>
/// <remarks>
/// Why: a list per target made a few hundred bytes per target live for the whole evaluation, and at
/// 10 000 targets those survivors were copied by the garbage collections the evaluation itself caused.
/// For the same reason the table of groups is made at its final size when the caller knows how many
/// targets to expect: grown from empty, it reallocated its arrays on the large-object heap at 10 000.
/// </remarks>
internal sealed class ObservationsByTarget : IDisposable
{
    private readonly Dictionary<string, int> _groupOf;
    private TargetObservation[]? _grouped;
    private int[]? _ends;

    /// <summary>Groups <paramref name="observations"/>.</summary>
    /// <param name="observations">The observations, in document order.</param>
    /// <param name="expectedTargets">How many distinct targets there are likely to be (the agreement's), to size the table; 0 when not known.</param>
    internal ObservationsByTarget(ReadOnlySpan<TargetObservation> observations, int expectedTargets = 0)
    {
        _groupOf = new Dictionary<string, int>(Math.Min(expectedTargets, observations.Length), StringComparer.Ordinal);
        _grouped = ArrayPool<TargetObservation>.Shared.Rent(observations.Length);
        _ends = ArrayPool<int>.Shared.Rent(observations.Length + 1);
        var groups = ArrayPool<int>.Shared.Rent(observations.Length);
        try
        {
            // A counting sort: count each group, turn the counts into start offsets, then place.
            Array.Clear(_ends, 0, observations.Length + 1);
            var group = 0;
            for (var i = 0; i < observations.Length; i++)
            {
                // A follow-up usually lists a target's observations together: a run needs no look-up.
                var target = observations[i].Target;
                var sameAsBefore = i > 0 && string.Equals(target, observations[i - 1].Target, StringComparison.Ordinal);
                if (!sameAsBefore && !_groupOf.TryGetValue(target, out group))
                {
                    group = _groupOf.Count;
                    _groupOf.Add(target, group);
                }

                groups[i] = group;
                _ends[group]++;
            }

            var start = 0;
            for (var g = 0; g < _groupOf.Count; g++)
            {
                var count = _ends[g];
                _ends[g] = start;
                start += count;
            }

            // Placing advances each group's offset to its end.
            for (var i = 0; i < observations.Length; i++)
            {
                _grouped[_ends[groups[i]]++] = observations[i];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groups);
        }
    }

    /// <summary>Gets the observations of a target, in document order; empty when it has none.</summary>
    /// <param name="target">The target's id.</param>
    /// <returns>The observations.</returns>
    internal ReadOnlySpan<TargetObservation> Of(string target)
    {
        ObjectDisposedException.ThrowIf(_grouped is null || _ends is null, this);
        if (!_groupOf.TryGetValue(target, out var group))
        {
            return [];
        }

        var start = group == 0 ? 0 : _ends[group - 1];
        return _grouped.AsSpan(start, _ends[group] - start);
    }

    public void Dispose()
    {
        if (_grouped is not null)
        {
            ArrayPool<TargetObservation>.Shared.Return(_grouped, clearArray: true);
            _grouped = null;
        }

        if (_ends is not null)
        {
            ArrayPool<int>.Shared.Return(_ends);
            _ends = null;
        }
    }
}
