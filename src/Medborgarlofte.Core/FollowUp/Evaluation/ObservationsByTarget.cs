using System;
using System.Buffers;
using System.Collections.Generic;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// The observations of a follow-up grouped by target id, each group in document order, in one rented
/// array of what evaluation reads of them (<see cref="CountedObservation"/>): no list per target. Dispose to
/// return the arrays.
/// </summary>
/// <remarks>
/// A list per target would live for the whole evaluation and be copied by the collections it causes; for the
/// same reason the table of groups is made at its final size when the caller knows how many targets to expect.
/// </remarks>
internal sealed class ObservationsByTarget : IDisposable
{
    private readonly Dictionary<string, int> _groupOf;
    private CountedObservation[]? _grouped;
    private int[]? _ends;

    /// <summary>Groups <paramref name="observations"/>.</summary>
    /// <param name="observations">The observations, in document order.</param>
    /// <param name="expectedTargets">How many distinct targets there are likely to be (the agreement's), to size the table; 0 when not known.</param>
    internal ObservationsByTarget(ReadOnlySpan<TargetObservation> observations, int expectedTargets = 0)
    {
        _groupOf = new Dictionary<string, int>(Math.Min(expectedTargets, observations.Length), StringComparer.Ordinal);
        _ends = ArrayPool<int>.Shared.Rent(observations.Length + 1);
        var counted = ArrayPool<CountedObservation>.Shared.Rent(observations.Length);
        var groups = ArrayPool<int>.Shared.Rent(observations.Length);
        try
        {
            // A counting sort: count each group, turn the counts into start offsets, then place. Each observation is
            // read here once, for its target and for what evaluation needs of it (CountedObservation).
            Array.Clear(_ends, 0, observations.Length + 1);
            var group = 0;
            var runsInOrder = true; // no target's observations are split into two runs
            for (var i = 0; i < observations.Length; i++)
            {
                // A follow-up usually lists a target's observations together: a run needs no look-up.
                var observation = observations[i];
                var target = observation.Target;
                var sameAsBefore = i > 0 && string.Equals(target, observations[i - 1].Target, StringComparison.Ordinal);
                if (!sameAsBefore)
                {
                    if (_groupOf.TryGetValue(target, out group))
                    {
                        runsInOrder = false;
                    }
                    else
                    {
                        group = _groupOf.Count;
                        _groupOf.Add(target, group);
                    }
                }

                groups[i] = group;
                counted[i] = CountedObservation.Of(observation);
                _ends[group]++;
            }

            var start = 0;
            for (var g = 0; g < _groupOf.Count; g++)
            {
                var count = _ends[g];
                _ends[g] = runsInOrder ? start + count : start;
                start += count;
            }

            if (runsInOrder)
            {
                // Each target's observations are one run, and the runs come in group order: already grouped.
                _grouped = counted;
                counted = null;
                return;
            }

            // Placing advances each group's offset to its end.
            _grouped = ArrayPool<CountedObservation>.Shared.Rent(observations.Length);
            for (var i = 0; i < observations.Length; i++)
            {
                _grouped[_ends[groups[i]]++] = counted[i];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groups);
            if (counted is not null)
            {
                ArrayPool<CountedObservation>.Shared.Return(counted);
            }
        }
    }

    /// <summary>Gets the observations of a target, in document order; empty when it has none.</summary>
    /// <param name="target">The target's id.</param>
    /// <returns>The observations.</returns>
    internal ReadOnlySpan<CountedObservation> Of(string target)
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
            ArrayPool<CountedObservation>.Shared.Return(_grouped);
            _grouped = null;
        }

        if (_ends is not null)
        {
            ArrayPool<int>.Shared.Return(_ends);
            _ends = null;
        }
    }
}
