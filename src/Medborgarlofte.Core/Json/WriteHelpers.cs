using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Json;

/// <summary>Canonical writing of the format's primitives: fixed order, optional values left out.</summary>
internal static class WriteHelpers
{
    /// <summary>Two-space indentation, <c>\n</c> line ends, å ä ö written as they are.</summary>
    internal static readonly JsonWriterOptions CanonicalOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The output is a JSON file, never embedded in HTML, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The writer will not open a container at depth MaxDepth: one more than the deepest a read accepts,
        // so that whatever was read can be written back.
        MaxDepth = JsonLimits.DepthCeiling + 1,
    };

    internal static void Localized(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        w.WritePropertyName(name);
        Localized(w, text);
    }

    internal static void Localized(Utf8JsonWriter w, LocalizedText text)
    {
        w.WriteStartObject();
        for (var i = 0; i < text.EntryCount; i++)
        {
            var entry = text.EntryAt(i);
            w.WriteString(entry.Key, entry.Value);
        }

        w.WriteEndObject();
    }

    internal static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    internal static void Date(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            Span<char> text = stackalloc char[IsoDate.MaxLength];
            w.WriteString(name, text[..IsoDate.Write(d, text)]);
        }
    }

    internal static void Integer(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    internal static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Canonical(v));
        }
    }

    /// <summary>
    /// The one spelling of a number: a <see langword="decimal"/> keeps the zeros it was read with (<c>2.0</c>,
    /// <c>2.50</c>), which are dropped here (<c>2</c>, <c>2.5</c>), as equality and the content hash already read
    /// them; zero is <c>0</c>, never <c>-0</c>.
    /// </summary>
    internal static decimal Canonical(decimal value)
    {
        while (value.Scale > 0)
        {
            var shorter = decimal.Round(value, value.Scale - 1);
            if (shorter != value)
            {
                break;
            }

            value = shorter;
        }

        return value == 0 ? 0m : value;
    }

    internal static void Enum<TEnum>(Utf8JsonWriter w, string name, TEnum? value, EnumCodes<TEnum> codes)
        where TEnum : struct, System.Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, codes.ToCode(v));
        }
    }

    internal static void Interval(Utf8JsonWriter w, string name, DateInterval? interval)
    {
        if (interval is null)
        {
            return;
        }

        w.WriteStartObject(name);
        Date(w, "start", interval.Start);
        Date(w, "end", interval.End);
        w.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter w, string name, EquatableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    internal static void Texts(Utf8JsonWriter w, string name, EquatableArray<LocalizedText> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            Localized(w, value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an array of objects; an optional empty array is left out, a required one is written as <c>[]</c>.</summary>
    internal static void Array<T>(Utf8JsonWriter w, string name, EquatableArray<T> values, Action<Utf8JsonWriter, T> writeItem, bool required = false)
    {
        if (values.IsEmpty && !required)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            writeItem(w, value);
        }

        w.WriteEndArray();
    }

    internal static void Extensions(Utf8JsonWriter w, ExtensionData extensions)
    {
        if (extensions.IsEmpty)
        {
            return;
        }

        w.WriteStartObject("extensions");
        foreach (var property in extensions.Properties)
        {
            w.WritePropertyName(property.Key);
            ExtensionValue(w, property.Value);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Writes an extension's value as given, but each number in its one spelling (<see cref="CanonicalNumber"/>); past
    /// a double's range equality compares a number's text (JsonStructure), so that text is kept.
    /// </summary>
    private static void ExtensionValue(Utf8JsonWriter w, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    w.WritePropertyName(property.Name);
                    ExtensionValue(w, property.Value);
                }

                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    ExtensionValue(w, item);
                }

                w.WriteEndArray();
                break;
            case JsonValueKind.Number:
                ExtensionNumber(w, value);
                break;
            default:
                value.WriteTo(w);
                break;
        }
    }

    private static void ExtensionNumber(Utf8JsonWriter w, JsonElement value)
    {
        var raw = value.GetRawText();
        var canonical = value.TryGetDouble(out var number) && double.IsFinite(number) ? CanonicalNumber.Of(raw) : raw;
        if (canonical == raw)
        {
            value.WriteTo(w);
            return;
        }

        // Written as an element, so that the writer lays it out (a raw value would not be indented).
        using var respelled = JsonDocument.Parse(canonical);
        respelled.RootElement.WriteTo(w);
    }
}
