using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Validation;

/// <summary>
/// The items of one id space (parties, priority areas, sources …) by id, built once per validation
/// so that rules resolve references in constant time, however large the document.
/// </summary>
/// <remarks>Immutable once built, and safe to read from several threads.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed class IdLookup<T>
{
    private const int LinearLimit = 8;

    private Dictionary<string, int>? _first; // built on the first look-up by id of a large id space
    private readonly T[] _items;
    private readonly string?[] _ids;
    private HashSet<string>? _repeated;
    private List<int>? _duplicateIndexes;

    /// <summary>Initializes the look-up and finds the repeated ids.</summary>
    /// <param name="items">The items in document order.</param>
    /// <param name="ids">Each item's id, null for a null item.</param>
    /// <param name="idHashes">Each id's ordinal hash, worked out as the id was read, or <see langword="null"/> to hash here.</param>
    internal IdLookup(T[] items, string?[] ids, int[]? idHashes = null)
    {
        _items = items;
        _ids = ids;
        if (ids.Length <= LinearLimit)
        {
            // A few ids (the usual parties, areas, sources) are searched in place: a table would cost more
            // to build than all the look-ups a validation makes.
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] is { } id && SearchInPlace(id) != i)
                {
                    Repeated(id, i);
                }
            }

            return;
        }

        // The repeats are found with pooled slots; the dictionary for look-ups by id is built only when a rule
        // first asks for one, which the built-in rules never do for commitments, targets and goals.
        using var table = new FirstOccurrenceTable<OrdinalKeyComparer>(ids, ids.Length, idHashes);
        for (var i = 0; i < ids.Length; i++)
        {
            if (table.FirstOrAdd(i) >= 0)
            {
                Repeated(ids[i]!, i);
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
        if (_ids.Length <= LinearLimit)
        {
            return SearchInPlace(id);
        }

        var first = Volatile.Read(ref _first) ?? BuildFirst();
        return first.TryGetValue(id, out var index) ? index : -1;
    }

    private int SearchInPlace(string id)
    {
        for (var i = 0; i < _ids.Length; i++)
        {
            if (string.Equals(_ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<string, int> BuildFirst()
    {
        var first = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < _ids.Length; i++)
        {
            if (_ids[i] is { } id)
            {
                first.TryAdd(id, i);
            }
        }

        // Two first look-ups at once build two equal dictionaries; the first published serves both.
        return Interlocked.CompareExchange(ref _first, first, null) ?? first;
    }

    private void Repeated(string id, int index)
    {
        (_repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
        (_duplicateIndexes ??= []).Add(index);
    }
}
