using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Json.Shapes;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// Compares the model's declarations with the JSON Schema, object by object from a root, following each object or
/// array property to its schema (<c>$ref</c>, inline, or in a nested resource such as the follow-up document's).
/// </summary>
internal static class SchemaComparison
{
    private const string RootId = "urn:medborgarlofte:schema:1.1";

    /// <summary>Every disagreement, each naming the place in the schema, the record and the property.</summary>
    internal static List<string> Compare(IJsonShape root, JsonObject schema, string pointer)
    {
        var found = new List<string>();
        var seen = new HashSet<(IJsonShape, string)>();
        var (node, place, resource) = Resolve(new JsonObject { ["$ref"] = pointer }, schema, pointer, schema);
        Compare(root, node, place, resource, schema, found, seen);
        return found;
    }

    private static void Compare(IJsonShape shape, JsonObject node, string place, JsonObject resource, JsonObject schema, List<string> found, HashSet<(IJsonShape, string)> seen)
    {
        if (!seen.Add((shape, place)))
        {
            return;
        }

        var at = $"{place} ({shape.Type.Name})";
        var properties = node["properties"]?.AsObject() ?? [];
        var names = properties.Select(p => p.Key).ToList();
        var declared = shape.Fields.Select(f => f.Name).ToList();
        found.AddRange(declared.Except(names).Select(n => $"{at}: \"{n}\" is declared but not in the schema"));
        found.AddRange(names.Except(declared).Select(n => $"{at}: \"{n}\" is in the schema but not declared"));
        var common = names.Intersect(declared).ToList();
        if (!names.Where(common.Contains).SequenceEqual(declared.Where(common.Contains)))
        {
            found.Add($"{at}: the schema orders the properties {string.Join(", ", names.Where(common.Contains))} but the declaration {string.Join(", ", declared.Where(common.Contains))}");
        }

        var required = (node["required"]?.AsArray() ?? []).Select(r => (string)r!).ToHashSet();
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var field = shape.Fields[i];
            if (required.Contains(field.Name) != shape.IsRequired(i) && properties.ContainsKey(field.Name))
            {
                found.Add(shape.IsRequired(i)
                    ? $"{at}: \"{field.Name}\" is required in the declaration but optional in the schema"
                    : $"{at}: \"{field.Name}\" is required in the schema but optional in the declaration");
            }

            if (properties[field.Name] is JsonObject property)
            {
                CompareProperty(field, property, $"{place}/properties/{field.Name}", at, resource, schema, found, seen);
            }
        }
    }

    private static void CompareProperty(IJsonField field, JsonObject property, string place, string at, JsonObject resource, JsonObject schema, List<string> found, HashSet<(IJsonShape, string)> seen)
    {
        var (value, valuePlace, valueResource) = Resolve(property, resource, place, schema);
        var type = (string?)value["type"];
        if (type != TypeOf(field.Kind))
        {
            found.Add($"{at}: \"{field.Name}\" is of type {type ?? "(none)"} in the schema but {TypeOf(field.Kind)} in the declaration");
            return;
        }

        var codes = value["enum"]?.AsArray().Select(c => (string)c!).ToList();
        if (codes is not null || field.Codes is not null)
        {
            var declaredCodes = field.Codes ?? [];
            if (!(codes ?? []).SequenceEqual(declaredCodes))
            {
                found.Add($"{at}: \"{field.Name}\" has the codes [{string.Join(", ", codes ?? [])}] in the schema but [{string.Join(", ", declaredCodes)}] in the declaration");
            }
        }

        if (field.Kind == FieldKind.Array)
        {
            (value, valuePlace, valueResource) = Resolve(value["items"]!.AsObject(), valueResource, valuePlace + "/items", schema);
        }

        if (field.Shape is { } child)
        {
            Compare(child, value, valuePlace, valueResource, schema, found, seen);
        }
    }

    private static string TypeOf(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.Object or FieldKind.Interval or FieldKind.Extensions => "object",
        FieldKind.Texts or FieldKind.Strings or FieldKind.References or FieldKind.Array => "array",
        FieldKind.Integer => "integer",
        FieldKind.Number => "number",
        FieldKind.Boolean => "boolean",
        _ => "string",
    };

    // Follows $ref (to the root's $defs or to the current resource's) until a schema with its own content.
    private static (JsonObject Node, string Place, JsonObject Resource) Resolve(JsonObject node, JsonObject resource, string place, JsonObject schema)
    {
        while (node["$ref"] is JsonValue reference)
        {
            var text = (string)reference!;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var target = text[..hash] switch
            {
                "" => resource,
                RootId => schema,
                var other => throw new InvalidOperationException($"{place}: the reference {other} is outside the schema"),
            };
            var found = (JsonNode)target;
            foreach (var segment in text[(hash + 2)..].Split('/'))
            {
                found = found[segment]!;
            }

            node = found.AsObject();
            resource = node["$id"] is not null ? node : target;
            place = target == schema ? text[hash..] : $"{(string?)resource["$id"]}{text[hash..]}";
        }

        return (node, place, node["$id"] is not null ? node : resource);
    }
}
