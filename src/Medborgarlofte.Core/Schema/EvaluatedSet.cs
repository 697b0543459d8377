using System;

namespace Medborgarlofte.Schema;

/// <summary>
/// Which properties (by position in the object) or items (by index) of one instance have been evaluated:
/// the annotations that <c>unevaluatedProperties</c> and <c>unevaluatedItems</c> read.
/// </summary>
/// <remarks>
/// Why positions rather than names: the evaluator walks each object in document order, so the position is
/// known for free and a bit set replaces a set of strings. Sets are only created below a schema that has an
/// unevaluated keyword, and are pooled by <see cref="EvaluationContext"/>.
/// </remarks>
internal sealed class EvaluatedSet
{
    private ulong[] _bits = new ulong[1];

    /// <summary>Number of properties or items of the instance.</summary>
    public int Count { get; private set; }

    /// <summary>Clears the set for an instance with <paramref name="count"/> children.</summary>
    public void Reset(int count)
    {
        var words = (count + 63) >> 6;
        if (_bits.Length < words)
        {
            _bits = new ulong[Math.Max(words, _bits.Length * 2)];
        }
        else
        {
            Array.Clear(_bits, 0, Math.Max(words, 1));
        }

        Count = count;
    }

    /// <summary>Marks one child as evaluated.</summary>
    public void Mark(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    /// <summary>Marks the children in [start, end) as evaluated.</summary>
    public void MarkRange(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Mark(i);
        }
    }

    /// <summary>Marks every child as evaluated.</summary>
    public void MarkAll() => MarkRange(0, Count);

    /// <summary>True when the child has been evaluated.</summary>
    public bool IsMarked(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Adds the children evaluated in <paramref name="other"/> (same instance).</summary>
    public void UnionWith(EvaluatedSet other)
    {
        var words = (Count + 63) >> 6;
        for (var i = 0; i < words; i++)
        {
            _bits[i] |= other._bits[i];
        }
    }
}
