using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// A fixed set of names (the keys of a <c>properties</c> keyword, a <c>required</c> list, string <c>enum</c>
/// values) looked up by their UTF-8 bytes straight from the instance document.
/// </summary>
/// <remarks>
/// Why not a <see cref="Dictionary{TKey,TValue}"/> of strings: a lookup would need a string per property name.
/// Here a name is hashed over the document's own bytes; only names written with escape sequences
/// are unescaped first, into a stack buffer.
/// </remarks>
internal sealed class Utf8NameTable
{
    private const int LinearLimit = 6;

    private readonly byte[][] _keys;
    private readonly int[] _slots; // index + 1 into _keys, 0 = empty; open addressing, power of two
    private readonly int _mask;
    private readonly bool _keysHaveBackslash;

    /// <summary>Builds the table; a name given twice keeps its first index.</summary>
    public Utf8NameTable(IReadOnlyList<string> names)
    {
        Names = names;
        _keys = new byte[names.Count][];
        var size = 4;

        // Stryker disable once all : the table's size changes speed only (a fuller table probes further)
        while (size < names.Count * 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        _mask = size - 1;
        for (var i = 0; i < names.Count; i++)
        {
            var key = Encoding.UTF8.GetBytes(names[i]);
            _keys[i] = key;
            // Stryker disable all : speed only; a name with a backslash only turns the shortcuts below off, and a
            // repeated name would sit later on its own probe path, behind its first index
            _keysHaveBackslash |= key.AsSpan().IndexOf((byte)'\\') >= 0;
            if (IndexOf(key) >= 0)
            {
                continue;
            }

            var slot = (int)Hash(key) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;

            // Stryker restore all
        }
    }

    /// <summary>The names, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The UTF-8 bytes of name <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => _keys[index];

    /// <summary>Index of the (unescaped) UTF-8 name, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        // Stryker disable once all : a speed strategy; both ways compare the bytes (tests use tables on both sides)
        if (_keys.Length <= LinearLimit)
        {
            // A few names: comparing lengths first is cheaper than hashing.
            for (var i = 0; i < _keys.Length; i++)
            {
                var key = _keys[i];
                if (key.Length == utf8.Length && utf8.SequenceEqual(key))
                {
                    return i;
                }
            }

            return -1;
        }

        return Probe(utf8, out _);
    }

    /// <summary>Index of a property's name, or -1.</summary>
    public int IndexOf(JsonProperty property) => IndexOfRaw(JsonText.RawName(property));

    /// <summary>
    /// Index of a property's name, trying <paramref name="hint"/> first: a hit costs one comparison instead of
    /// a hash and a probe (and no branch on the name's length, which the processor cannot predict).
    /// </summary>
    public int IndexOf(JsonProperty property, int hint)
    {
        var raw = JsonText.RawName(property);

        // Stryker disable once all : the hint is a shortcut; without it the full lookup gives the same index
        if ((uint)hint < (uint)_keys.Length && !_keysHaveBackslash)
        {
            var key = _keys[hint];
            if (raw.Length == key.Length && raw.SequenceEqual(key))
            {
                return hint;
            }
        }

        return IndexOfRaw(raw);
    }

    /// <summary>Index of a name or string given as raw (possibly escaped) JSON string content, or -1.</summary>
    public int IndexOfRaw(ReadOnlySpan<byte> raw)
    {
        // Most names have no escapes: look the raw bytes up first. A hit on a key without a backslash proves
        // the raw name had no escape sequence, so it is the name itself.
        var index = IndexOf(raw);

        // Stryker disable once all : a shortcut; a raw name with an escape cannot match a key without a backslash
        if (index >= 0 && !_keysHaveBackslash)
        {
            return index;
        }

        return JsonText.HasEscapes(raw) ? IndexOf(JsonText.Unescaped(raw)) : index;
    }

    /// <summary>
    /// How far lookups of the table's own names probe (1 = found in the first slot): the hash's quality, which a
    /// test holds to a bound for the format's names, since a poor hash slows every lookup without changing any.
    /// </summary>
    internal (int Longest, double Mean) ProbeLengths()
    {
        if (_keys.Length <= LinearLimit)
        {
            return (1, 1);
        }

        var longest = 0;
        var total = 0;
        foreach (var key in _keys)
        {
            Probe(key, out var probes);
            longest = Math.Max(longest, probes);
            total += probes;
        }

        return (longest, (double)total / _keys.Length);
    }

    /// <summary>The hashed lookup: open addressing from the name's slot; <paramref name="probes"/> counts the slots looked at.</summary>
    private int Probe(ReadOnlySpan<byte> utf8, out int probes)
    {
        var slot = (int)Hash(utf8) & _mask;
        for (probes = 1; ; probes++)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (utf8.SequenceEqual(_keys[entry - 1]))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Length and up to 16 bytes from both ends: a handful of instructions for typical property names; names
    // that differ only in the middle collide and are told apart by the comparison.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        var hash = (ulong)utf8.Length * Multiplier;
        if (utf8.Length >= 8)
        {
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            hash = BitOperations.RotateLeft(hash * Multiplier, 29) ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]);
        }
        else if (utf8.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(utf8) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(utf8[^4..]) << 32);
        }
        else if (utf8.Length > 0)
        {
            hash ^= utf8[0] | ((ulong)utf8[utf8.Length >> 1] << 8) | ((ulong)utf8[^1] << 16);
        }

        hash *= Multiplier;
        return (uint)(hash >> 32);
    }
}
