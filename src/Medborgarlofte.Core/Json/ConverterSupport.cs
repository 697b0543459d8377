using System;
using System.Text.Json;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Json;

/// <summary>What the document converters share: reading a value through the library's reader, writing canonical bytes.</summary>
internal static class ConverterSupport
{
    /// <summary>Reads the reader's current value with <paramref name="read"/>, or throws its diagnostics.</summary>
    internal static T Read<T>(ref Utf8JsonReader reader, JsonLimits limits, Func<JsonElement, JsonLimits?, ReadResult<T>> read)
        where T : class
    {
        // The serializer has buffered the whole value; parsed again by the library, names given twice included.
        using var value = JsonDocument.ParseValue(ref reader);
        return read(value.RootElement, limits).GetValueOrThrow();
    }

    /// <summary>Writes a canonical document (which ends with a newline) as the writer's next value, byte for byte.</summary>
    internal static void WriteCanonical(Utf8JsonWriter writer, byte[] canonical)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.WriteRawValue(canonical.AsSpan(0, canonical.Length - 1), skipInputValidation: true);
    }
}
