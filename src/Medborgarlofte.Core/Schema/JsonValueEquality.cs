using System;
using System.Buffers;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// JSON equality as JSON Schema defines it (numbers by value, so <c>1</c> equals <c>1.0</c>; objects regardless
/// of property order; strings after unescaping), and a hash consistent with it for <c>uniqueItems</c>.
/// </summary>
internal static class JsonValueEquality
{
    private const int PairwiseLimit = 16;

    /// <summary>True when the two values are equal JSON values.</summary>
    public static bool AreEqual(JsonElement left, JsonElement right) => JsonElement.DeepEquals(left, right);

    /// <summary>
    /// Finds two equal items; returns false when all items are distinct. Small arrays are compared pairwise,
    /// larger ones are grouped by hash first, so the cost stays near linear.
    /// </summary>
    public static bool TryFindDuplicate(JsonElement array, out int first, out int second)
    {
        var length = array.GetArrayLength();
        first = -1;
        second = -1;
        if (length < 2)
        {
            return false;
        }

        var elements = ArrayPool<JsonElement>.Shared.Rent(length);
        try
        {
            Fill(array, elements);
            return length <= PairwiseLimit
                ? FindPairwise(elements.AsSpan(0, length), out first, out second)
                : FindByHash(elements, length, out first, out second);
        }
        finally
        {
            ArrayPool<JsonElement>.Shared.Return(elements, clearArray: true);
        }
    }

    private static bool FindByHash(JsonElement[] elements, int length, out int first, out int second)
    {
        first = -1;
        second = -1;
        var hashes = ArrayPool<int>.Shared.Rent(length);
        var order = ArrayPool<int>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < length; i++)
            {
                hashes[i] = Hash(elements[i]);
                order[i] = i;
            }

            Array.Sort(hashes, order, 0, length);
            var runStart = 0;
            for (var i = 1; i <= length; i++)
            {
                if (i < length && hashes[i] == hashes[runStart])
                {
                    continue;
                }

                for (var a = runStart; a < i; a++)
                {
                    for (var b = a + 1; b < i; b++)
                    {
                        if (AreEqual(elements[order[a]], elements[order[b]]))
                        {
                            first = Math.Min(order[a], order[b]);
                            second = Math.Max(order[a], order[b]);
                            return true;
                        }
                    }
                }

                runStart = i;
            }

            return false;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    /// <summary>A hash such that equal values (by <see cref="AreEqual"/>) hash alike.</summary>
    public static int Hash(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                // Equal numbers give equal decimals (or equal doubles, beyond decimal's range).
                return SchemaNumber.TryReadDecimal(value, out var d) ? ((double)d).GetHashCode() : SchemaNumber.ReadDouble(value).GetHashCode();
            case JsonValueKind.String:
                return HashString(JsonText.RawString(value));
            case JsonValueKind.Array:
            {
                var hash = 17;
                foreach (var item in value.EnumerateArray())
                {
                    hash = unchecked((hash * 31) + Hash(item));
                }

                return hash;
            }

            case JsonValueKind.Object:
            {
                // Order-independent: a sum over properties.
                var hash = 23;
                foreach (var property in value.EnumerateObject())
                {
                    hash = unchecked(hash + ((HashString(JsonText.RawName(property)) * 31) ^ Hash(property.Value)));
                }

                return hash;
            }

            default:
                return (int)value.ValueKind;
        }
    }

    private static void Fill(JsonElement array, Span<JsonElement> items)
    {
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[i++] = item;
        }
    }

    private static bool FindPairwise(ReadOnlySpan<JsonElement> items, out int first, out int second)
    {
        for (var a = 0; a < items.Length; a++)
        {
            for (var b = a + 1; b < items.Length; b++)
            {
                if (items[a].ValueKind == items[b].ValueKind && AreEqual(items[a], items[b]))
                {
                    first = a;
                    second = b;
                    return true;
                }
            }
        }

        first = -1;
        second = -1;
        return false;
    }

    private static int HashString(ReadOnlySpan<byte> raw)
    {
        var hash = 2166136261u;
        foreach (var b in JsonText.Unescaped(raw))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
