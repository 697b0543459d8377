using System;
using System.Text.Json;

namespace Medborgarlofte.Internal;

/// <summary>
/// The library's one equality of JSON values: used by the model's equality (extension data), the diff of
/// two revisions and, through the same number rule, the content hash. Objects are sets of properties,
/// arrays are in order, strings compare by value, and numbers by value as RFC 8785 §3.2.2.3 reads them
/// for the content hash: two numbers are equal when they are the same IEEE 754 double (<c>2</c>,
/// <c>2.0</c> and <c>20e-1</c> are one value); a number beyond a double's range equals only its own text.
/// </summary>
internal static class JsonStructure
{
    /// <summary>Whether two JSON values are equal by the rule above.</summary>
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
                return NumberValue(left) is { } x && NumberValue(right) is { } y
                    ? x.Equals(y)
                    : string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
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
                return NumberValue(element) is { } number
                    ? HashCode.Combine(JsonValueKind.Number, number)
                    : HashCode.Combine(JsonValueKind.Number, StringComparer.Ordinal.GetHashCode(element.GetRawText()));
            default:
                return element.ValueKind.GetHashCode();
        }
    }

    /// <summary>The number's value as the content hash reads it, or null beyond a double's range; <c>-0</c> is <c>0</c>.</summary>
    private static double? NumberValue(JsonElement number) =>
        number.TryGetDouble(out var value) && double.IsFinite(value) ? value + 0.0 : null;
}
