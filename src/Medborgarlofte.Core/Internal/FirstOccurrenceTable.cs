using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;

namespace Medborgarlofte.Internal;

/// <summary>
/// Finds, for each key of an array in turn, the first earlier key equal to it: an open-addressing table of
/// positions whose slots are rented from the pool and given back by <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// Not a <see cref="Dictionary{TKey, TValue}"/>: the table lives for one validation, and pooled slots avoid a fresh
/// large-object-heap allocation each time. After <see cref="MaxProbes"/> probes (keys crafted to share a hash) it
/// switches to the comparer's strong hash, so crafted input cannot make it quadratic.
/// </remarks>
/// <typeparam name="TComparer">The key equality, with a fast hash and a hash that resists crafted collisions.</typeparam>
internal sealed class FirstOccurrenceTable<TComparer> : IDisposable
    where TComparer : struct, IKeyComparer
{
    private const int MaxProbes = 64;

    private readonly string?[] _keys;
    private readonly int[]? _fastHashes;
    private int[] _slots; // 0 for empty, else the key's position + 1
    private int[] _hashes;
    private readonly int _mask;
    private bool _strongHash;

    /// <summary>Initializes a table for the keys, which it reads and never changes.</summary>
    /// <param name="keys">The keys; a null key never equals anything.</param>
    /// <param name="count">How many of <paramref name="keys"/> count (a rented array is longer).</param>
    /// <param name="fastHashes">
    /// Each key's <see cref="IKeyComparer.FastHash"/>, worked out by the caller while the key was in the cache, or
    /// <see langword="null"/> to hash here (the caller hashes while the key is still in the cache).
    /// </param>
    internal FirstOccurrenceTable(string?[] keys, int count, int[]? fastHashes = null)
    {
        _keys = keys;
        _fastHashes = fastHashes;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        _slots = ArrayPool<int>.Shared.Rent(size);
        _hashes = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Records the key at <paramref name="index"/> unless an equal key was recorded before.</summary>
    /// <param name="index">The key's position in the array given to the constructor.</param>
    /// <returns>The position of the earlier equal key, or -1 when there is none (or the key is null).</returns>
    internal int FirstOrAdd(int index)
    {
        if (_keys[index] is not { } key)
        {
            return -1;
        }

        var comparer = default(TComparer);
        var hash = _strongHash ? comparer.StrongHash(key) : _fastHashes is { } fast ? fast[index] : comparer.FastHash(key);
        var slot = hash & _mask;
        for (var probes = 0; ; probes++)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                if (probes > MaxProbes && !_strongHash)
                {
                    RecordAgainUnderStrongHash(index);
                    return FirstOrAdd(index);
                }

                _slots[slot] = index + 1;
                _hashes[slot] = hash;
                return -1;
            }

            if (_hashes[slot] == hash && comparer.Equals(_keys[entry - 1]!, key))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Gives the slots back to the pool.</summary>
    public void Dispose()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_slots);
            ArrayPool<int>.Shared.Return(_hashes);
            _slots = [];
            _hashes = [];
        }
    }

    /// <summary>Empties the table and records the keys before <paramref name="index"/> again, under the strong hash.</summary>
    /// <remarks>Replaying gives the same first occurrences, since the table's answers depend only on the keys before each.</remarks>
    private void RecordAgainUnderStrongHash(int index)
    {
        Array.Clear(_slots, 0, _mask + 1);
        _strongHash = true;
        for (var i = 0; i < index; i++)
        {
            FirstOrAdd(i);
        }
    }
}
