using System.Linq;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>Loading refuses what the evaluator cannot honour, with a clear Swedish and English message, and never throws.</summary>
public sealed class SchemaLoadingTests
{
    [Fact]
    public void A_schema_with_dynamicRef_is_refused_with_a_clear_message()
    {
        var result = JsonSchema.Load("""
            {
              "$id": "https://example.org/tree",
              "$dynamicAnchor": "node",
              "type": "object",
              "properties": { "children": { "type": "array", "items": { "$dynamicRef": "#node" } } }
            }
            """);

        Assert.False(result.Succeeded);
        Assert.Null(result.Schema);
        var error = Assert.Single(result.Errors);
        Assert.Equal("/properties/children/items/$dynamicRef", error.SchemaLocation);
        Assert.StartsWith("Nyckelordet $dynamicRef stöds inte", error.Message.Swedish, System.StringComparison.Ordinal);
        Assert.Contains("$dynamicRef is not supported", error.Message.English, System.StringComparison.Ordinal);
        Assert.StartsWith("Nyckelordet", error.Message.ToString(), System.StringComparison.Ordinal); // Swedish first
    }

    [Fact]
    public void An_unresolvable_remote_ref_is_refused_and_nothing_is_fetched()
    {
        var result = JsonSchema.Load("""
            { "$id": "https://example.org/root.json", "properties": { "a": { "$ref": "other.json#/$defs/x" } } }
            """);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("/properties/a/$ref", error.SchemaLocation);
        Assert.Contains("https://example.org/other.json#/$defs/x", error.Message.Swedish, System.StringComparison.Ordinal);
        Assert.Contains("hämtas aldrig", error.Message.Swedish, System.StringComparison.Ordinal);
        Assert.Contains("never fetched", error.Message.English, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_to_the_metaschema_is_refused()
    {
        var result = JsonSchema.Load("""{ "$ref": "https://json-schema.org/draft/2020-12/schema" }""");

        var error = Assert.Single(result.Errors);
        Assert.Contains("metaschema", error.Message.English, System.StringComparison.Ordinal);
        Assert.Contains("metaschema", error.Message.Swedish, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_pointer_ref_that_leads_nowhere_is_refused()
    {
        var result = JsonSchema.Load("""{ "$defs": { "a": true }, "$ref": "#/$defs/b" }""");

        Assert.Equal("/$ref", Assert.Single(result.Errors).SchemaLocation);
    }

    [Fact]
    public void Embedded_resources_with_relative_ids_resolve_locally()
    {
        var result = JsonSchema.Load("""
            {
              "$id": "https://example.org/schemas/root.json",
              "$ref": "item.json#/$defs/name",
              "$defs": { "item": { "$id": "item.json", "$defs": { "name": { "type": "string" } } } }
            }
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.True(result.Schema.Evaluate(Json.Parse("\"x\"")).IsValid);
        Assert.False(result.Schema.Evaluate(Json.Parse("1")).IsValid);
    }

    [Fact]
    public void A_ref_loop_that_never_descends_into_the_document_is_refused()
    {
        var result = JsonSchema.Load("""{ "$defs": { "a": { "allOf": [ { "$ref": "#/$defs/b" } ] }, "b": { "$ref": "#/$defs/a" } }, "$ref": "#/$defs/a" }""");

        Assert.False(result.Succeeded);
        Assert.Contains("never end", Assert.Single(result.Errors).Message.English, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Recursion_through_the_document_is_not_a_loop()
    {
        var result = JsonSchema.Load("""{ "type": "object", "properties": { "child": { "$ref": "#" } }, "additionalProperties": false }""");

        Assert.True(result.Succeeded);
        Assert.True(result.Schema.Evaluate(Json.Parse("""{ "child": { "child": {} } }""")).IsValid);
        Assert.False(result.Schema.Evaluate(Json.Parse("""{ "child": { "child": { "x": 1 } } }""")).IsValid);
    }

    [Fact]
    public void Another_dialect_is_refused()
    {
        var result = JsonSchema.Load("""{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "string" }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("/$schema", error.SchemaLocation);
        Assert.Contains("draft 2020-12", error.Message.Swedish, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_a_load_error_not_an_exception()
    {
        SchemaLoadResult? result = null;

        var thrown = Medborgarlofte.Tests.Support.FirstChanceExceptions.During(() => result = JsonSchema.Load("{ \"type\": "));

        Assert.False(result!.Succeeded);
        Assert.Equal("Schemat är inte giltig JSON på rad 1, position 11: texten tar slut innan värdet är komplett.", Assert.Single(result.Errors).Message.Swedish);
        Assert.Equal(0, thrown);
    }

    [Fact]
    public void Every_invalid_keyword_value_is_reported_at_once()
    {
        var result = JsonSchema.Load("""
            { "type": "text", "minLength": -1, "required": "title", "pattern": "(?i)abc", "properties": { "a": 5 } }
            """);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["/type", "/minLength", "/required", "/pattern", "/properties/a"],
            result.Errors.Select(e => e.SchemaLocation).ToArray());
    }

    [Fact]
    public void Unknown_keywords_and_annotation_only_formats_are_accepted()
    {
        var result = JsonSchema.Load("""{ "title": "x", "x-custom": { "$id": "not-an-id" }, "format": "hostname", "deprecated": true }""");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.True(result.Schema.Evaluate(Json.Parse("\"-not a host-\"")).IsValid);
    }
}
