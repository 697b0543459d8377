using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// Whether two JSON documents say the same thing, as far as the format is concerned: objects compare
/// as sets of properties, arrays in order, strings by value, numbers by exact mathematical value (so a
/// rounded decimal is a difference), and what the canonical writing leaves out on purpose is left out
/// on both sides: empty arrays, empty <c>extensions</c>, and <c>false</c> for <c>acting</c> and <c>illustrative</c>.
/// </summary>
internal static class JsonEquivalence
{
    /// <summary>Returns null when equivalent, otherwise the pointer and what differs.</summary>
    internal static string? Difference(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        using var a = JsonDocument.Parse(WithoutBom(left).ToArray());
        using var b = JsonDocument.Parse(WithoutBom(right).ToArray());
        return Difference(a.RootElement, b.RootElement, string.Empty);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    private static string? Difference(JsonElement left, JsonElement right, string pointer)
    {
        if (Kind(left) != Kind(right))
        {
            return $"{pointer}: {left.ValueKind} ≠ {right.ValueKind}";
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var l = Members(left);
                var r = Members(right);
                foreach (var name in l.Keys.Union(r.Keys, StringComparer.Ordinal))
                {
                    var at = pointer + "/" + Medborgarlofte.JsonPointer.Escape(name);
                    if (!l.TryGetValue(name, out var lv) || !r.TryGetValue(name, out var rv))
                    {
                        return $"{at}: present on one side only";
                    }

                    if (Difference(lv, rv, at) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return $"{pointer}: {left.GetArrayLength()} items ≠ {right.GetArrayLength()}";
                }

                var index = 0;
                foreach (var (li, ri) in left.EnumerateArray().Zip(right.EnumerateArray()))
                {
                    if (Difference(li, ri, pointer + "/" + index++.ToString(CultureInfo.InvariantCulture)) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.String:
                return left.GetString() == right.GetString() ? null : $"{pointer}: \"{left.GetString()}\" ≠ \"{right.GetString()}\"";
            case JsonValueKind.Number:
                return Exact(left.GetRawText()) == Exact(right.GetRawText()) ? null : $"{pointer}: {left.GetRawText()} ≠ {right.GetRawText()}";
            default:
                return null;
        }
    }

    private static JsonValueKind Kind(JsonElement element) => element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;

    private static Dictionary<string, JsonElement> Members(JsonElement element)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            var omitted = (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
                || (property.Name == "extensions" && value.ValueKind == JsonValueKind.Object && !value.EnumerateObject().Any())
                || (property.Name is "acting" or "illustrative" && value.ValueKind == JsonValueKind.False);
            if (!omitted)
            {
                members[property.Name] = value;
            }
        }

        return members;
    }

    /// <summary>A JSON number as an exact (mantissa, exponent) with no trailing zeros in the mantissa.</summary>
    private static (BigInteger Mantissa, BigInteger Exponent) Exact(string number)
    {
        var exponentAt = number.IndexOfAny(['e', 'E']);
        var exponent = exponentAt < 0 ? BigInteger.Zero : BigInteger.Parse(number[(exponentAt + 1)..].TrimStart('+'), CultureInfo.InvariantCulture);
        var significand = exponentAt < 0 ? number : number[..exponentAt];
        var point = significand.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= significand.Length - point - 1;
            significand = significand.Remove(point, 1);
        }

        var mantissa = BigInteger.Parse(significand, CultureInfo.InvariantCulture);
        if (mantissa.IsZero)
        {
            return (BigInteger.Zero, BigInteger.Zero);
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return (mantissa, exponent);
    }
}
