using System;
using System.Text.Json;

namespace Medborgarlofte.Internal;

/// <summary>Structural equality and hashing of JSON values, for extension data.</summary>
internal static class JsonStructure
{
    /// <summary>Objects as sets of properties, arrays in order, strings by value, numbers by written form.</summary>
    internal static bool DeepEquals(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(property.Name, out var other) || !DeepEquals(property.Value, other))
                    {
                        return false;
                    }
                }

                foreach (var unused in right.EnumerateObject())
                {
                    count--;
                }

                return count == 0;
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var a = left.EnumerateArray())
                using (var b = right.EnumerateArray())
                {
                    while (a.MoveNext() && b.MoveNext())
                    {
                        if (!DeepEquals(a.Current, b.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Number:
                return string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
            default:
                return true;
        }
    }

    /// <summary>A hash consistent with <see cref="DeepEquals"/>.</summary>
    internal static int GetDeepHashCode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var sum = 0;
                foreach (var property in element.EnumerateObject())
                {
                    sum = unchecked(sum + HashCode.Combine(StringComparer.Ordinal.GetHashCode(property.Name), GetDeepHashCode(property.Value)));
                }

                return HashCode.Combine(JsonValueKind.Object, sum);
            case JsonValueKind.Array:
                var hash = new HashCode();
                hash.Add(JsonValueKind.Array);
                foreach (var item in element.EnumerateArray())
                {
                    hash.Add(GetDeepHashCode(item));
                }

                return hash.ToHashCode();
            case JsonValueKind.String:
                return HashCode.Combine(JsonValueKind.String, StringComparer.Ordinal.GetHashCode(element.GetString()!));
            case JsonValueKind.Number:
                return HashCode.Combine(JsonValueKind.Number, StringComparer.Ordinal.GetHashCode(element.GetRawText()));
            default:
                return element.ValueKind.GetHashCode();
        }
    }
}
