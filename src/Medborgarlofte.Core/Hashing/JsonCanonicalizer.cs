using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Hashing;

/// <summary>
/// The JSON Canonicalization Scheme (JCS, RFC 8785; kanonisk JSON): the one byte sequence a JSON
/// value has, so that its hash does not depend on whitespace, property order or number spelling.
/// </summary>
/// <remarks>
/// <para>
/// No whitespace; object properties sorted by their names as UTF-16 code units; strings with only
/// <c>"</c>, <c>\</c> and control characters escaped (<c>\b \t \n \f \r</c>, otherwise
/// <c>\u00xx</c> in lowercase hex); numbers as IEEE 754 doubles written the way ECMAScript's
/// <c>Number.prototype.toString</c> writes them (<c>1e+21</c>, <c>1e-7</c>, <c>0.000001</c>,
/// <c>-0</c> as <c>0</c>); output in UTF-8.
/// </para>
/// <para>
/// The input must be I-JSON (RFC 7493): a property name appearing twice in one object, a number
/// outside the range of a double, or a lone surrogate is rejected with a <see cref="FormatException"/>.
/// </para>
/// </remarks>
public static class JsonCanonicalizer
{
    private static readonly JsonDocumentOptions StrictOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 256,
    };

    /// <summary>Canonicalizes JSON text given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <returns>The canonical form, UTF-8 encoded.</returns>
    /// <exception cref="JsonException">The text is not JSON, or a property name appears twice in one object.</exception>
    /// <exception cref="FormatException">The value is not I-JSON (a number out of range, a lone surrogate).</exception>
    public static byte[] Canonicalize(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json, StrictOptions);
        return Canonicalize(document.RootElement);
    }

    /// <summary>Canonicalizes JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The canonical form as text (encode it as UTF-8 before hashing).</returns>
    /// <exception cref="JsonException">The text is not JSON, or a property name appears twice in one object.</exception>
    /// <exception cref="FormatException">The value is not I-JSON (a number out of range, a lone surrogate).</exception>
    public static string Canonicalize(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        using var document = JsonDocument.Parse(json, StrictOptions);
        var builder = new StringBuilder(json.Length);
        WriteValue(builder, document.RootElement, pointer: null, excluded: null);
        return builder.ToString();
    }

    /// <summary>Canonicalizes a parsed JSON value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The canonical form, UTF-8 encoded.</returns>
    /// <exception cref="FormatException">The value is not I-JSON (a duplicate property name, a number out of range, a lone surrogate).</exception>
    public static byte[] Canonicalize(JsonElement value) => Canonicalize(value, excluded: null);

    /// <summary>
    /// Writes a finite double the way ECMAScript's <c>Number.prototype.toString</c> does, as RFC 8785 requires:
    /// the shortest digits that read back as the same double, plain notation for exponents from -6 to 20,
    /// otherwise <c>d.ddde+NN</c>; zero (also negative zero) is <c>0</c>.
    /// </summary>
    /// <param name="value">A finite double.</param>
    /// <returns>The number's canonical spelling.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON har inga NaN eller oändliga tal / JSON has no NaN or infinite numbers.");
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET Core 3.0 and later write the shortest round-trip digits for "R"; only the layout differs from ECMAScript.
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip[0] == '-';
        var text = negative ? roundTrip.AsSpan(1) : roundTrip.AsSpan();
        var exponent = 0;
        var e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.');
        var integerPart = point < 0 ? text : text[..point];
        var fractionPart = point < 0 ? [] : text[(point + 1)..];
        var digits = string.Concat(integerPart, fractionPart);

        // n: where the decimal point falls relative to the first significant digit (ECMA-262 Number::toString).
        var n = integerPart.Length + exponent;
        var start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
            n--;
        }

        var end = digits.Length;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        var s = digits[start..end];
        var k = s.Length;
        var result = new StringBuilder(32);
        if (negative)
        {
            result.Append('-');
        }

        if (k <= n && n <= 21)
        {
            result.Append(s).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(s, 0, n).Append('.').Append(s, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(s);
        }
        else
        {
            result.Append(s[0]);
            if (k > 1)
            {
                result.Append('.').Append(s, 1, k - 1);
            }

            result.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    /// <summary>Canonicalizes, leaving out the members at the given JSON Pointers (exact matches, unescaped tokens joined by <c>/</c>).</summary>
    internal static byte[] Canonicalize(JsonElement value, IReadOnlySet<string>? excluded)
    {
        var builder = new StringBuilder(4096);
        WriteValue(builder, value, excluded is null ? null : string.Empty, excluded);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void WriteValue(StringBuilder output, JsonElement value, string? pointer, IReadOnlySet<string>? excluded)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, value, pointer, excluded);
                break;
            case JsonValueKind.Array:
                output.Append('[');
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (index > 0)
                    {
                        output.Append(',');
                    }

                    WriteValue(output, item, pointer is null ? null : JsonPointer.Append(pointer, index), excluded);
                    index++;
                }

                output.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(output, ReadString(value));
                break;
            case JsonValueKind.Number:
                if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new FormatException($"Talet {value.GetRawText()} ryms inte i en double / The number {value.GetRawText()} does not fit a double (RFC 8785, I-JSON).");
                }

                output.Append(FormatNumber(number));
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                throw new FormatException("Inget JSON-värde / Not a JSON value.");
        }
    }

    private static void WriteObject(StringBuilder output, JsonElement value, string? pointer, IReadOnlySet<string>? excluded)
    {
        var properties = new List<KeyValuePair<string, JsonElement>>();
        foreach (var property in value.EnumerateObject())
        {
            properties.Add(new(ReadName(property), property.Value));
        }

        // RFC 8785 §3.2.3: sort by the names' UTF-16 code units, which is what ordinal comparison does.
        properties.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        output.Append('{');
        var first = true;
        for (var i = 0; i < properties.Count; i++)
        {
            var (name, propertyValue) = (properties[i].Key, properties[i].Value);
            if (i > 0 && string.Equals(properties[i - 1].Key, name, StringComparison.Ordinal))
            {
                throw new FormatException($"Egenskapen \"{name}\" förekommer två gånger / The property \"{name}\" appears twice (RFC 8785, I-JSON).");
            }

            var childPointer = pointer is null ? null : JsonPointer.Append(pointer, name);
            if (excluded is not null && childPointer is not null && excluded.Contains(childPointer))
            {
                continue;
            }

            if (!first)
            {
                output.Append(',');
            }

            first = false;
            WriteString(output, name);
            output.Append(':');
            WriteValue(output, propertyValue, childPointer, excluded);
        }

        output.Append('}');
    }

    private static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException("Ett egenskapsnamn innehåller ett ensamt surrogattecken / A property name holds a lone surrogate (RFC 8785, I-JSON).", exception);
        }
    }

    private static string ReadString(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException("En sträng innehåller ett ensamt surrogattecken / A string holds a lone surrogate (RFC 8785, I-JSON).", exception);
        }
    }

    private static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                default:
                    if (c < 0x20)
                    {
                        output.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new FormatException("En sträng innehåller ett ensamt surrogattecken / A string holds a lone surrogate (RFC 8785, I-JSON).");
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }
}
