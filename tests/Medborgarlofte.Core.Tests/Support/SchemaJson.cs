using System;
using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Support;

/// <summary>The shipped schema (<see cref="FormatSchema.Utf8Json"/>) as JSON, with helpers to walk it.</summary>
internal static class SchemaJson
{
    internal const string DefinitionPrefix = "#/$defs/";

    private static readonly Lazy<JsonElement> RootValue = new(() =>
    {
        using var document = JsonDocument.Parse(FormatSchema.Utf8Json);
        return document.RootElement.Clone();
    });

    internal static JsonElement Root => RootValue.Value;

    internal static JsonElement Definitions => Root.GetProperty("$defs");

    internal static JsonElement Definition(string name)
    {
        Assert.True(Definitions.TryGetProperty(name, out var definition), $"The schema has no definition $defs/{name}.");
        return definition;
    }

    /// <summary>Gets the definition a schema refers to with <c>$ref</c>, or <see langword="null"/>.</summary>
    internal static string? ReferenceName(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()![DefinitionPrefix.Length..] : null;

    /// <summary>Follows <c>$ref</c> until a schema that is not a reference.</summary>
    internal static JsonElement Resolve(JsonElement schema) =>
        ReferenceName(schema) is { } name ? Resolve(Definition(name)) : schema;

    internal static string? TypeOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    internal static IEnumerable<string> Strings(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            yield return item.GetString()!;
        }
    }

    /// <summary>Gets the names in <c>properties</c>, in order.</summary>
    internal static IEnumerable<string> PropertyNames(JsonElement schema)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                yield return property.Name;
            }
        }
    }

    internal static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? Strings(required) : [];

    /// <summary>Gets every schema object in the document with its location (a JSON Pointer into the schema).</summary>
    internal static IEnumerable<(string Location, JsonElement Schema)> AllSchemas() => Walk(string.Empty, Root);

    private static IEnumerable<(string Location, JsonElement Schema)> Walk(string location, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return (location, schema);
        foreach (var keyword in schema.EnumerateObject())
        {
            var at = location + "/" + keyword.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            switch (keyword.Name)
            {
                case "$defs" or "properties":
                    foreach (var member in keyword.Value.EnumerateObject())
                    {
                        foreach (var sub in Walk(at + "/" + member.Name, member.Value))
                        {
                            yield return sub;
                        }
                    }

                    break;
                case "allOf":
                    var index = 0;
                    foreach (var item in keyword.Value.EnumerateArray())
                    {
                        foreach (var sub in Walk(at + "/" + index++, item))
                        {
                            yield return sub;
                        }
                    }

                    break;
                case "items" or "propertyNames" or "additionalProperties" or "if" or "then" or "else" or "not":
                    foreach (var sub in Walk(at, keyword.Value))
                    {
                        yield return sub;
                    }

                    break;
            }
        }
    }
}
