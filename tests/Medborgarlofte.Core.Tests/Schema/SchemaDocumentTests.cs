using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Schema;
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
        "propertyNames", "required", "properties", "additionalProperties", "allOf", "if", "then", "$defs",
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
        Assert.Equal("urn:medborgarlofte:schema:1.0", FormatSchema.Id);
        Assert.Equal(FormatSchema.Id, SchemaJson.Root.GetProperty("$id").GetString());
        Assert.EndsWith(":" + FormatSchema.Version, FormatSchema.Id, StringComparison.Ordinal);
        Assert.Equal(Agreement.CurrentFormatVersion, FormatSchema.Version);
        Assert.Equal(Agreement.CurrentFormatVersion, SchemaJson.Definition("formatVersion").GetProperty("const").GetString());
    }

    [Fact]
    public void Every_definition_and_property_has_a_title_and_description_in_Swedish_then_English()
    {
        var described = SchemaJson.AllSchemas()
            .Where(s => s.Location.Length == 0 || IsDefinition(s.Location) || IsProperty(s.Location))
            .ToList();

        var definitions = SchemaJson.Definitions.EnumerateObject().ToList();
        Assert.Equal(1 + definitions.Count + definitions.Sum(d => SchemaJson.PropertyNames(d.Value).Count()), described.Count);
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
    public void Every_reference_resolves_and_every_definition_is_used()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (location, schema) in SchemaJson.AllSchemas())
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var target = reference.GetString()!;
                Assert.True(target.StartsWith(SchemaJson.DefinitionPrefix, StringComparison.Ordinal), $"{location}: $ref {target} is not local");
                Assert.True(SchemaJson.Definitions.TryGetProperty(target[SchemaJson.DefinitionPrefix.Length..], out _), $"{location}: $ref {target} does not resolve");
                referenced.Add(target[SchemaJson.DefinitionPrefix.Length..]);
            }
        }

        var unused = SchemaJson.Definitions.EnumerateObject().Select(d => d.Name).Where(name => !referenced.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "Definitions nothing refers to: " + string.Join(", ", unused));
    }

    private static bool IsDefinition(string location) => location.StartsWith("/$defs/", StringComparison.Ordinal) && location.Count(c => c == '/') == 2;

    private static bool IsProperty(string location)
    {
        var parts = location.Split('/');
        return parts.Length == 5 && parts[1] == "$defs" && parts[3] == "properties";
    }

    private static void AssertBilingual(JsonElement schema, string keyword, string location)
    {
        var where = location.Length == 0 ? "the root" : location;
        Assert.True(schema.TryGetProperty(keyword, out var value), $"{where} has no {keyword}");
        var parts = value.GetString()!.Split(" / ");
        Assert.True(parts.Length >= 2 && parts.All(part => part.Trim().Length > 0), $"{where}: {keyword} \"{value}\" is not \"svenska / English\"");
    }
}
