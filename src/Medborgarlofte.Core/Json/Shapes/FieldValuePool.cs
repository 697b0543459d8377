using System;
using System.Collections.Generic;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The values of the objects being read, one array per nesting depth, reused from one object to the next and from
/// one read to the next on the same thread: reading allocates nothing for them once a thread has read a document.
/// </summary>
/// <remarks>One per thread: a read runs on one thread from start to end, and a read within a read only goes deeper.</remarks>
internal sealed class FieldValuePool
{
    [ThreadStatic]
    private static FieldValuePool? t_current;

    private readonly List<FieldValue[]> _byDepth = [];
    private int _depth;

    /// <summary>Gets this thread's pool.</summary>
    internal static FieldValuePool Current => t_current ??= new();

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

        return _byDepth[_depth++].AsSpan(0, count);
    }

    /// <summary>Gives back the room of the innermost object, cleared so that it holds on to nothing that was read.</summary>
    internal void Return(Span<FieldValue> values)
    {
        values.Clear();
        _depth--;
    }
}
