using System;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// The value being evaluated, with what every keyword needs read once: its kind and, for strings and numbers,
/// its raw UTF-8 text (string content without the quotes, still escaped; number text as written).
/// </summary>
/// <remarks>
/// Why: each read through <see cref="JsonElement"/> costs a few nanoseconds, and a string with minLength,
/// maxLength, pattern and format would otherwise fetch the same bytes four times. Passed by reference.
/// </remarks>
internal readonly ref struct InstanceValue
{
    public InstanceValue(JsonElement element)
        : this(element, element.ValueKind)
    {
    }

    /// <summary>Wraps a value whose kind is already known.</summary>
    public InstanceValue(JsonElement element, JsonValueKind kind)
    {
        Element = element;
        Kind = kind;
        if (Kind is JsonValueKind.String or JsonValueKind.Number)
        {
            var raw = JsonMarshal.GetRawUtf8Value(element);
            Raw = Kind == JsonValueKind.String && raw.Length >= 2 ? raw[1..^1] : raw;
        }
    }

    /// <summary>
    /// A property name as a string instance (for <c>propertyNames</c>), from its raw UTF-8 without quotes, so no
    /// document is built per name. <see cref="Element"/> is then the default value: string keywords read only
    /// <see cref="Kind"/> and <see cref="Raw"/>, and <c>const</c>/<c>enum</c> compare kinds before elements.
    /// </summary>
    public InstanceValue(ReadOnlySpan<byte> rawPropertyName)
    {
        Element = default;
        Kind = JsonValueKind.String;
        Raw = rawPropertyName;
    }

    /// <summary>The value itself.</summary>
    public JsonElement Element { get; }

    /// <summary>Its kind.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>Raw UTF-8 of a string's content (escaped) or of a number; empty for other kinds.</summary>
    public ReadOnlySpan<byte> Raw { get; }
}
