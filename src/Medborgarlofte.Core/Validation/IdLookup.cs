using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte.Validation;

/// <summary>
/// The items of one id space (parties, priority areas, sources …) by id, built once per validation
/// so that rules resolve references in constant time, however large the document.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class IdLookup<T>
{
    private const int LinearLimit = 8;

    private readonly Dictionary<string, int>? _first;
    private readonly T[] _items;
    private readonly string?[] _ids;
    private readonly HashSet<string>? _repeated;
    private readonly List<int>? _duplicateIndexes;

    internal IdLookup(T[] items, string?[] ids)
    {
        _items = items;
        _ids = ids;

        // A few ids (the usual parties, areas, sources) are searched in place: a dictionary would cost more
        // to build than all the lookups a validation makes.
        // Stryker disable once all : a speed strategy, same results either way (IdLookupTests cover both sides of the limit)
        _first = ids.Length > LinearLimit ? new Dictionary<string, int>(ids.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (id is null)
            {
                continue;
            }

            var isFirst = _first is null ? FirstIndex(id) == i : _first.TryAdd(id, i);
            if (!isFirst)
            {
                (_repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
                (_duplicateIndexes ??= []).Add(i);
            }
        }
    }

    /// <summary>Gets the number of items declared, duplicates included.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the item at a position in document order.</summary>
    /// <param name="index">The position.</param>
    public T this[int index] => _items[index];

    /// <summary>Gets the id of the item at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The id; <see langword="null"/> only for a null item of a model built in code.</returns>
    public string? IdAt(int index) => _ids[index];

    /// <summary>Gets the positions of items whose id an earlier item already has, in document order.</summary>
    public IReadOnlyList<int> DuplicateIndexes => (IReadOnlyList<int>?)_duplicateIndexes ?? [];

    /// <summary>Tells whether any item has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether the id is declared.</returns>
    public bool Contains(string id) => id is not null && FirstIndex(id) >= 0;

    /// <summary>Tells whether more than one item has the id, so that a reference to it is ambiguous.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether the id is declared more than once.</returns>
    public bool IsAmbiguous(string id) => _repeated is not null && id is not null && _repeated.Contains(id);

    /// <summary>Finds the first item with the id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="item">The item, when found.</param>
    /// <param name="index">Its position in document order, when found; -1 otherwise.</param>
    /// <returns>Whether the id is declared.</returns>
    public bool TryFind(string id, [MaybeNullWhen(false)] out T item, out int index)
    {
        index = id is null ? -1 : FirstIndex(id);
        if (index >= 0)
        {
            item = _items[index];
            return true;
        }

        item = default;
        return false;
    }

    private int FirstIndex(string id)
    {
        if (_first is not null)
        {
            return _first.TryGetValue(id, out var index) ? index : -1;
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            if (string.Equals(_ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
