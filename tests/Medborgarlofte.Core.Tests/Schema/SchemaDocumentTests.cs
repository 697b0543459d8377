using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>The schema as a document: what ships, its identity, and the rules it is written by.</summary>
public sealed class SchemaDocumentTests
{
    /// <summary>The one order of keywords in every schema object of the file.</summary>
    private static readonly string[] KeywordOrder =
    [
        "$schema", "$id", "title", "description", "$comment", "type", "$ref", "const", "enum",
        "format", "pattern", "minimum", "exclusiveMinimum", "maximum", "examples", "items",
        "propertyNames", "required", "properties", "additionalProperties", "allOf", "oneOf", "if", "then", "$defs",
    ];

    [Fact]
    public void The_library_ships_the_repository_file()
    {
        var file = File.ReadAllBytes(Repository.PathOf("schemas", "medborgarlofte.schema.json"));

        Assert.Equal(file, FormatSchema.Utf8Json.ToArray());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(file), FormatSchema.Text);
    }

    [Fact]
    public void The_file_is_UTF8_without_BOM_with_LF_line_ends_and_a_final_newline()
    {
        var bytes = FormatSchema.Utf8Json.Span;

        Assert.False(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.DoesNotContain('\r', FormatSchema.Text);
        Assert.EndsWith("}\n", FormatSchema.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_id_is_a_versioned_URN_and_the_version_is_the_format_version()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", SchemaJson.Root.GetProperty("$schema").GetString());
        Assert.Equal("urn:medborgarlofte:schema:1.1", FormatSchema.Id);
        Assert.Equal(FormatSchema.Id, SchemaJson.Root.GetProperty("$id").GetString());
        Assert.EndsWith(":" + FormatSchema.Version, FormatSchema.Id, StringComparison.Ordinal);
        Assert.Equal(Agreement.CurrentFormatVersion, FormatSchema.Version);
        // Format 1.1 reads 1.0 documents too, which mean the same.
        Assert.Equal([Agreement.FormatVersion10, Agreement.CurrentFormatVersion], SchemaJson.Strings(SchemaJson.Definition("formatVersion").GetProperty("enum")));
    }

    [Fact]
    public void The_follow_up_part_is_an_embedded_resource_with_its_own_versioned_URN_and_the_root_stays_the_agreement()
    {
        Assert.Equal("urn:medborgarlofte:followup:1.1", FormatSchema.FollowUpId);
        Assert.EndsWith(":" + FormatSchema.Version, FormatSchema.FollowUpId, StringComparison.Ordinal);
        Assert.Equal(FormatSchema.FollowUpId, SchemaJson.FollowUp.GetProperty("$id").GetString());
        Assert.False(SchemaJson.FollowUp.TryGetProperty("$schema", out _), "an embedded resource inherits the dialect of the file");
        Assert.Equal("agreement", SchemaJson.ReferenceName(SchemaJson.Root));
        Assert.Equal([FormatSchema.FollowUpId, FormatSchema.Id], SchemaJson.ResourceIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_definition_and_property_has_a_title_and_description_in_Swedish_then_English()
    {
        // The definitions of every resource (the follow-up's nested ones too) and each one's properties.
        var definitions = SchemaJson.AllDefinitions().ToList();
        var locations = definitions.Select(d => d.Location)
            .Concat(definitions.SelectMany(d => SchemaJson.PropertyNames(d.Schema).Select(name => d.Location + "/properties/" + name)))
            .ToHashSet(StringComparer.Ordinal);
        var described = SchemaJson.AllSchemas()
            .Where(s => s.Location.Length == 0 || locations.Contains(s.Location))
            .ToList();

        Assert.Contains("/$defs/followUpDocument/$defs/targetObservation/properties/period", locations);
        Assert.Equal(1 + locations.Count, described.Count);
        foreach (var (location, schema) in described)
        {
            AssertBilingual(schema, "title", location);
            AssertBilingual(schema, "description", location);
        }
    }

    [Fact]
    public void No_schema_allows_null()
    {
        foreach (var (location, schema) in SchemaJson.AllSchemas())
        {
            if (schema.TryGetProperty("type", out var type))
            {
                Assert.True(type.ValueKind == JsonValueKind.String && type.GetString() != "null", $"{location}: type must be one type, never null");
            }

            if (schema.TryGetProperty("enum", out var values))
            {
                Assert.All(values.EnumerateArray(), value => Assert.Equal(JsonValueKind.String, value.ValueKind));
            }

            if (schema.TryGetProperty("const", out var constant))
            {
                Assert.Equal(JsonValueKind.String, constant.ValueKind);
            }
        }
    }

    [Fact]
    public void Keywords_are_in_one_order_everywhere()
    {
        foreach (var (location, schema) in SchemaJson.AllSchemas())
        {
            var keywords = schema.EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(keywords, keyword => Assert.True(KeywordOrder.Contains(keyword), $"{location}: keyword {keyword} is not in the keyword order"));
            Assert.Equal(keywords.OrderBy(k => Array.IndexOf(KeywordOrder, k)), keywords);
        }
    }

    [Fact]
    public void Every_reference_resolves_within_the_file_and_every_definition_is_used()
    {
        // A $ref is "#/$defs/name" in its own resource or "id#/$defs/name" into another resource of the
        // same file: never remote (the library's evaluator refuses those). Within the follow-up part, a
        // plain "#/$defs/text" would mean the follow-up's own $defs, so the agreement's are named by its id.
        var referenced = new HashSet<(string ResourceId, string Name)>();
        foreach (var (location, resourceId, schema) in SchemaJson.Located())
        {
            if (SchemaJson.Reference(schema) is { } reference)
            {
                var (target, name) = SchemaJson.ParseReference(reference, resourceId);
                Assert.True(SchemaJson.ResourceIds.Contains(target), $"{location}: $ref {reference} points outside the file");
                Assert.True(
                    SchemaJson.Resource(target).TryGetProperty("$defs", out var definitions) && definitions.TryGetProperty(name, out _),
                    $"{location}: $ref {reference} does not resolve in {target}");
                Assert.True(reference.StartsWith('#') == (target == resourceId), $"{location}: $ref {reference} names its own resource; write #/$defs/{name}");
                referenced.Add((target, name));
            }
        }

        // An embedded resource is an entry point of its own, used by its $id rather than by a $ref.
        var unused = SchemaJson.AllDefinitions()
            .Where(d => !d.Schema.TryGetProperty("$id", out _) && !referenced.Contains((d.ResourceId, d.Name)))
            .Select(d => d.Location)
            .ToList();
        Assert.True(unused.Count == 0, "Definitions nothing refers to: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_follow_up_part_reuses_the_agreements_definitions_by_absolute_reference()
    {
        var absolute = SchemaJson.Located()
            .Where(s => s.ResourceId == FormatSchema.FollowUpId && SchemaJson.Reference(s.Schema) is { } r && !r.StartsWith('#'))
            .Select(s => SchemaJson.Reference(s.Schema)!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains(FormatSchema.Id + "#/$defs/text", absolute);
        Assert.Contains(FormatSchema.Id + "#/$defs/date", absolute);
        Assert.Contains(FormatSchema.Id + "#/$defs/interval", absolute);
        Assert.Contains(FormatSchema.Id + "#/$defs/id", absolute);
        Assert.All(absolute, reference => Assert.StartsWith(FormatSchema.Id + "#", reference, StringComparison.Ordinal));

        // And the agreement does not depend on the follow-up.
        Assert.DoesNotContain(
            SchemaJson.Located(),
            s => s.ResourceId == FormatSchema.Id && SchemaJson.Reference(s.Schema) is { } r && !r.StartsWith('#'));
    }

    private static void AssertBilingual(JsonElement schema, string keyword, string location)
    {
        var where = location.Length == 0 ? "the root" : location;
        Assert.True(schema.TryGetProperty(keyword, out var value), $"{where} has no {keyword}");
        var parts = value.GetString()!.Split(" / ");
        Assert.True(parts.Length >= 2 && parts.All(part => part.Trim().Length > 0), $"{where}: {keyword} \"{value}\" is not \"svenska / English\"");
    }
}
