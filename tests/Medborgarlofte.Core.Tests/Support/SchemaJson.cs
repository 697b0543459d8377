using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// The shipped schema (<see cref="FormatSchema.Utf8Json"/>) as JSON, with helpers to walk it. The file
/// holds two schema resources: the root (<see cref="FormatSchema.Id"/>, the agreement) and the follow-up
/// part embedded at <c>$defs/followUpDocument</c> (<see cref="FormatSchema.FollowUpId"/>). A <c>$ref</c> is
/// <c>#/$defs/name</c> within its own resource or <c>id#/$defs/name</c> into another resource of the file.
/// </summary>
internal static class SchemaJson
{
    internal const string DefinitionPrefix = "#/$defs/";

    private static readonly Lazy<JsonElement> RootValue = new(() =>
    {
        using var document = JsonDocument.Parse(FormatSchema.Utf8Json);
        return document.RootElement.Clone();
    });

    private static readonly Lazy<Dictionary<string, JsonElement>> Resources = new(() =>
        Located()
            .Where(s => s.Schema.TryGetProperty("$id", out _))
            .ToDictionary(s => s.ResourceId, s => s.Schema, StringComparer.Ordinal));

    internal static JsonElement Root => RootValue.Value;

    /// <summary>Gets the <c>$id</c> of every schema resource in the file.</summary>
    internal static IEnumerable<string> ResourceIds => Resources.Value.Keys;

    /// <summary>Gets the root resource's definitions (the follow-up resource is one of them).</summary>
    internal static JsonElement Definitions => Root.GetProperty("$defs");

    /// <summary>Gets the follow-up part: the embedded resource <c>$defs/followUpDocument</c>.</summary>
    internal static JsonElement FollowUp => Definition("followUpDocument");

    /// <summary>Gets a definition of the root resource.</summary>
    internal static JsonElement Definition(string name) => Definition(FormatSchema.Id, name);

    /// <summary>Gets a definition of the resource <paramref name="resourceId"/>.</summary>
    internal static JsonElement Definition(string resourceId, string name)
    {
        var definition = default(JsonElement);
        Assert.True(
            Resource(resourceId).TryGetProperty("$defs", out var definitions) && definitions.TryGetProperty(name, out definition),
            $"The schema resource {resourceId} has no definition $defs/{name}.");
        return definition;
    }

    /// <summary>Gets the schema resource with the <c>$id</c>: the root or one embedded in it.</summary>
    internal static JsonElement Resource(string id)
    {
        Assert.True(Resources.Value.TryGetValue(id, out var resource), $"The schema has no resource with $id {id}.");
        return resource;
    }

    /// <summary>Gets the <c>$ref</c> of a schema as written, or <see langword="null"/>.</summary>
    internal static string? Reference(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString() : null;

    /// <summary>
    /// Gets the name of the definition a schema refers to with a local <c>$ref</c> (<c>#/$defs/name</c>), the
    /// <c>$ref</c> as written when it points into another resource, or <see langword="null"/>.
    /// </summary>
    internal static string? ReferenceName(JsonElement schema) =>
        Reference(schema) is { } reference ? reference.StartsWith('#') ? ParseReference(reference, string.Empty).Name : reference : null;

    /// <summary>
    /// Splits a <c>$ref</c> written in the resource <paramref name="baseId"/> into the resource it points into
    /// and the definition's name; fails unless it is <c>[id]#/$defs/name</c>.
    /// </summary>
    internal static (string ResourceId, string Name) ParseReference(string reference, string baseId)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        Assert.True(hash >= 0, $"$ref {reference} has no fragment.");
        var fragment = reference[hash..];
        Assert.True(
            fragment.StartsWith(DefinitionPrefix, StringComparison.Ordinal) && fragment.IndexOf('/', DefinitionPrefix.Length) < 0,
            $"$ref {reference} does not point to a definition (#/$defs/name).");
        return (hash == 0 ? baseId : reference[..hash], fragment[DefinitionPrefix.Length..]);
    }

    /// <summary>Follows <c>$ref</c> (in the root resource) until a schema that is not a reference.</summary>
    internal static JsonElement Resolve(JsonElement schema) => Resolve(schema, FormatSchema.Id);

    /// <summary>Follows <c>$ref</c>, written in the resource <paramref name="baseId"/>, until a schema that is not a reference.</summary>
    internal static JsonElement Resolve(JsonElement schema, string baseId)
    {
        if (Reference(schema) is not { } reference)
        {
            return schema;
        }

        var (resourceId, name) = ParseReference(reference, baseId);
        return Resolve(Definition(resourceId, name), resourceId);
    }

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
    internal static IEnumerable<(string Location, JsonElement Schema)> AllSchemas() =>
        Located().Select(s => (s.Location, s.Schema));

    /// <summary>Gets every schema object with its location and the <c>$id</c> of the resource it is in (its base for <c>$ref</c>).</summary>
    internal static IEnumerable<(string Location, string ResourceId, JsonElement Schema)> Located() =>
        Walk(string.Empty, FormatSchema.Id, Root);

    /// <summary>
    /// Gets every definition in the file, at any depth (<c>/$defs/a</c>, <c>/$defs/followUpDocument/$defs/b</c>),
    /// with the resource it is declared in: for an embedded resource, the resource that holds it, not its own.
    /// </summary>
    internal static IEnumerable<(string Location, string Name, string ResourceId, JsonElement Schema)> AllDefinitions() =>
        DefinitionsIn(string.Empty, FormatSchema.Id, Root);

    private static IEnumerable<(string Location, string Name, string ResourceId, JsonElement Schema)> DefinitionsIn(string location, string resourceId, JsonElement schema)
    {
        if (!schema.TryGetProperty("$defs", out var definitions))
        {
            yield break;
        }

        foreach (var definition in definitions.EnumerateObject())
        {
            var at = location + "/$defs/" + definition.Name;
            yield return (at, definition.Name, resourceId, definition.Value);
            var inner = definition.Value.TryGetProperty("$id", out var id) ? id.GetString()! : resourceId;
            foreach (var nested in DefinitionsIn(at, inner, definition.Value))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<(string Location, string ResourceId, JsonElement Schema)> Walk(string location, string resourceId, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (schema.TryGetProperty("$id", out var id))
        {
            resourceId = id.GetString()!;
        }

        yield return (location, resourceId, schema);
        foreach (var keyword in schema.EnumerateObject())
        {
            var at = location + "/" + keyword.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            switch (keyword.Name)
            {
                case "$defs" or "properties":
                    foreach (var member in keyword.Value.EnumerateObject())
                    {
                        foreach (var sub in Walk(at + "/" + member.Name, resourceId, member.Value))
                        {
                            yield return sub;
                        }
                    }

                    break;
                case "allOf" or "anyOf" or "oneOf":
                    var index = 0;
                    foreach (var item in keyword.Value.EnumerateArray())
                    {
                        foreach (var sub in Walk(at + "/" + index++, resourceId, item))
                        {
                            yield return sub;
                        }
                    }

                    break;
                case "items" or "propertyNames" or "additionalProperties" or "if" or "then" or "else" or "not":
                    foreach (var sub in Walk(at, resourceId, keyword.Value))
                    {
                        yield return sub;
                    }

                    break;
            }
        }
    }
}
