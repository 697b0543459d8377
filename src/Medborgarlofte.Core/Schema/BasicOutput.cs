using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// Writes a <see cref="SchemaEvaluationResult"/> in the "basic" output structure of JSON Schema draft 2020-12
/// (section 12.4.2): a flat list of output units, written by hand with <see cref="Utf8JsonWriter"/> (no
/// reflection, so it is trim and AOT safe).
/// </summary>
/// <remarks>
/// Shape:
/// <code>
/// { "valid": true }
/// { "valid": false, "errors": [ { "valid": false, "keywordLocation": "/properties/title/type",
///     "absoluteKeywordLocation": "https://example.org/s#/properties/title/type", "instanceLocation": "/title",
///     "keyword": "type", "error": "…svenska…", "errorEn": "…English…" } ] }
/// </code>
/// Only failed assertions are listed (no "A subschema had errors" units for the applicators above them, and no
/// annotations). "error" is the Swedish message; "keyword" and "errorEn" are additions the format allows.
/// </remarks>
internal static class BasicOutput
{
    /// <summary>Writes the result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, SchemaEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteBoolean("valid", result.IsValid);
        if (!result.IsValid)
        {
            writer.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteBoolean("valid", value: false);
                writer.WriteString("keywordLocation", error.KeywordLocation);
                writer.WriteString("absoluteKeywordLocation", error.AbsoluteKeywordLocation);
                writer.WriteString("instanceLocation", error.InstanceLocation);
                writer.WriteString("keyword", error.Keyword);
                writer.WriteString("error", error.Message.Swedish);
                writer.WriteString("errorEn", error.Message.English);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
