using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// A fixed set of names (the keys of a <c>properties</c> keyword, a <c>required</c> list, string <c>enum</c>
/// values) looked up by their UTF-8 bytes straight from the instance document.
/// </summary>
/// <remarks>
/// Why not a <see cref="Dictionary{TKey,TValue}"/> of strings: a lookup would need a string per property name.
/// Here a name is hashed (FNV-1a) over the document's own bytes; only names written with escape sequences
/// are unescaped first, into a stack buffer.
/// </remarks>
internal sealed class Utf8NameTable
{
    private readonly byte[][] _keys;
    private readonly int[] _slots; // index + 1 into _keys, 0 = empty; open addressing, power of two
    private readonly int _mask;

    /// <summary>Builds the table; a name given twice keeps its first index.</summary>
    public Utf8NameTable(IReadOnlyList<string> names)
    {
        Names = names;
        _keys = new byte[names.Count][];
        var size = 4;
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
        }
    }

    /// <summary>The names, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The UTF-8 bytes of name <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => _keys[index];

    /// <summary>Index of the (unescaped) UTF-8 name, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        var slot = (int)Hash(utf8) & _mask;
        while (true)
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

    /// <summary>Index of a property's name, or -1.</summary>
    public int IndexOf(JsonProperty property) => IndexOfRaw(JsonText.RawName(property));

    /// <summary>Index of a string value, or -1.</summary>
    public int IndexOfString(JsonElement value) => IndexOfRaw(JsonText.RawString(value));

    private int IndexOfRaw(ReadOnlySpan<byte> raw)
    {
        if (!JsonText.HasEscapes(raw))
        {
            return IndexOf(raw);
        }

        byte[]? rented = null;
        var buffer = raw.Length <= JsonText.StackLimit ? stackalloc byte[JsonText.StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            return IndexOf(buffer[..JsonText.UnescapeToUtf8(raw, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
