using System;
using System.Collections.Generic;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The values of the objects being read, one array per nesting depth, reused from one object to the next:
/// reading allocates nothing for them after the first object at each depth.
/// </summary>
internal sealed class FieldValuePool
{
    private readonly List<FieldValue[]> _byDepth = [];
    private int _depth;

    /// <summary>Cleared room for <paramref name="count"/> values; <see cref="Return"/> gives it back.</summary>
    internal Span<FieldValue> Rent(int count)
    {
        if (_depth == _byDepth.Count)
        {
            _byDepth.Add(new FieldValue[Math.Max(count, 8)]);
        }
        else if (_byDepth[_depth].Length < count)
        {
            _byDepth[_depth] = new FieldValue[count];
        }

        var values = _byDepth[_depth++].AsSpan(0, count);
        values.Clear();
        return values;
    }

    /// <summary>Gives back the room of the innermost object.</summary>
    internal void Return() => _depth--;
}
