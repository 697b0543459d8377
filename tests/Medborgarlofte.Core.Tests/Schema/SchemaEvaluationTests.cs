using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>Evaluation: all errors in one pass, locations, hostile patterns, numbers, allocations.</summary>
public sealed class SchemaEvaluationTests
{
    private static JsonSchema Compile(string schema)
    {
        var result = JsonSchema.Load(schema);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Schema;
    }

    [Fact]
    public void A_document_with_three_separate_errors_yields_three_errors()
    {
        var schema = Compile("""
            {
              "type": "object",
              "required": ["title", "kommun"],
              "properties": {
                "title": { "type": "string", "minLength": 1 },
                "kommun": { "type": "string" },
                "year": { "type": "integer", "minimum": 2000 }
              }
            }
            """);

        var result = schema.Evaluate(Json.Parse("""{ "kommun": 5, "year": 1999 }"""));

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Errors.Count);
        // Property errors in document order, then the missing required properties.
        Assert.Equal(
            [("/kommun", "/properties/kommun/type"), ("/year", "/properties/year/minimum"), ("", "/required")],
            result.Errors.Select(e => (e.InstanceLocation, e.KeywordLocation)).ToArray());
        Assert.Equal("Egenskapen \"title\" saknas.", result.Errors[2].Message.Swedish);
        Assert.Equal("Required property \"title\" is missing.", result.Errors[2].Message.English);
        Assert.Equal("required", result.Errors[2].Keyword);
    }

    [Fact]
    public void Instance_and_keyword_locations_are_escaped_per_RFC_6901()
    {
        var schema = Compile("""
            { "$id": "https://example.org/s", "properties": { "a/b": { "type": "string" }, "c~d": { "properties": { "e~/f": false } } } }
            """);

        var result = schema.Evaluate(Json.Parse("""{ "a/b": 1, "c~d": { "e~/f": 2 } }"""));

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("/a~1b", result.Errors[0].InstanceLocation);
        Assert.Equal("/properties/a~1b/type", result.Errors[0].KeywordLocation);
        Assert.Equal("https://example.org/s#/properties/a~1b/type", result.Errors[0].AbsoluteKeywordLocation);
        Assert.Equal("/c~0d/e~0~1f", result.Errors[1].InstanceLocation);
        Assert.Equal("/properties/c~0d/properties/e~0~1f", result.Errors[1].KeywordLocation);
        Assert.Equal("properties", result.Errors[1].Keyword);
    }

    [Fact]
    public void Escaped_names_in_the_document_are_matched_and_reported_unescaped()
    {
        var schema = Compile("""{ "properties": { "é/\"": { "type": "string" } } }""");

        var result = schema.Evaluate(Json.Parse("""{ "\u00e9\/\"": 1 }"""));

        Assert.Equal("/é~1\"", Assert.Single(result.Errors).InstanceLocation);
    }

    [Fact]
    public void Absolute_keyword_locations_percent_encode_what_a_URI_fragment_cannot_hold()
    {
        var schema = Compile("""{ "$id": "https://example.org/s", "properties": { "a b\"%": { "type": "string" } } }""");

        var error = Assert.Single(schema.Evaluate(Json.Parse("""{ "a b\"%": 1 }""")).Errors);

        Assert.Equal("https://example.org/s#/properties/a%20b%22%25/type", error.AbsoluteKeywordLocation);
        Assert.Equal("/properties/a b\"%/type", error.KeywordLocation);
    }

    [Fact]
    public void Keyword_locations_follow_ref_hops_and_absolute_locations_point_at_the_target()
    {
        var schema = Compile("""
            {
              "$id": "https://example.org/root.json",
              "properties": { "place": { "$ref": "place.json" } },
              "$defs": {
                "place": { "$id": "place.json", "properties": { "code": { "$ref": "#/$defs/code" } },
                           "$defs": { "code": { "type": "string", "pattern": "^[0-9]{4}$" } } }
              }
            }
            """);

        var error = Assert.Single(schema.Evaluate(Json.Parse("""{ "place": { "code": "12a4" } }""")).Errors);

        Assert.Equal("/place/code", error.InstanceLocation);
        Assert.Equal("/properties/place/$ref/properties/code/$ref/pattern", error.KeywordLocation);
        Assert.Equal("https://example.org/place.json#/$defs/code/pattern", error.AbsoluteKeywordLocation);
    }

    [Fact]
    public void A_catastrophic_pattern_finishes_quickly_without_throwing()
    {
        var schema = Compile("""{ "type": "string", "pattern": "^(a+)+$" }""");
        var hostile = JsonSerializer.SerializeToElement("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", SchemaTestJsonContext.Default.String);

        var watch = Stopwatch.StartNew();
        var result = schema.Evaluate(hostile);
        watch.Stop();

        Assert.False(result.IsValid);
        Assert.Equal("pattern", Assert.Single(result.Errors).Keyword);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Took {watch.Elapsed}.");
        Assert.True(schema.Evaluate(Json.Parse("\"aaaa\"")).IsValid);
    }

    [Fact]
    public void A_pattern_that_needs_backtracking_times_out_into_an_error()
    {
        // The lookahead rules out the linear-time engine, so this one really backtracks.
        var schema = Compile("""{ "pattern": "^(?=a)(a+)+$" }""");
        var hostile = JsonSerializer.SerializeToElement(new string('a', 40) + "!", SchemaTestJsonContext.Default.String);

        var watch = Stopwatch.StartNew();
        var result = schema.Evaluate(hostile);
        watch.Stop();

        var error = Assert.Single(result.Errors);
        Assert.Equal("pattern", error.Keyword);
        Assert.Contains("tidsgränsen", error.Message.Swedish, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Took {watch.Elapsed}.");
        Assert.True(schema.Evaluate(Json.Parse("\"aaa\"")).IsValid);
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("-2.000", true)]
    [InlineData("1e2", true)]
    [InlineData("150e-2", false)]
    [InlineData("1.5", false)]
    [InlineData("123456789012345678901234567890123456789012345678901234567890", true)]
    [InlineData("1e400", true)]
    [InlineData("1.00000000000000000000000000000000000001", false)]
    public void Integers_are_recognised_exactly_and_big_numbers_do_not_throw(string number, bool isInteger)
    {
        var schema = Compile("""{ "type": "integer", "maximum": 1e500, "minimum": -1e500, "multipleOf": 0.5 }""");

        var result = schema.Evaluate(Json.Parse(number));

        Assert.Equal(isInteger, result.Errors.All(e => !string.Equals(e.Keyword, "type", StringComparison.Ordinal)));
    }

    [Fact]
    public void Decimal_arithmetic_is_used_where_it_fits()
    {
        var schema = Compile("""{ "multipleOf": 0.01, "maximum": 0.3 }""");

        Assert.True(schema.Evaluate(Json.Parse("0.3")).IsValid); // 0.1 + 0.2 style double errors do not apply
        Assert.False(schema.Evaluate(Json.Parse("19.99")).IsValid); // over the maximum, but a multiple
        Assert.Equal("maximum", Assert.Single(schema.Evaluate(Json.Parse("19.99")).Errors).Keyword);
        Assert.Equal("multipleOf", Assert.Single(schema.Evaluate(Json.Parse("0.005")).Errors).Keyword);
    }

    [Fact]
    public void Errors_inside_an_anyOf_that_fails_are_all_reported()
    {
        var schema = Compile("""{ "anyOf": [ { "type": "string" }, { "type": "integer", "minimum": 10 } ] }""");

        var result = schema.Evaluate(Json.Parse("5"));

        Assert.Equal(["/anyOf/0/type", "/anyOf/1/minimum", "/anyOf"], result.Errors.Select(e => e.KeywordLocation).ToArray());
        Assert.True(schema.Evaluate(Json.Parse("12")).IsValid);
    }

    [Fact]
    public void Unevaluated_properties_see_through_allOf_and_ref()
    {
        var schema = Compile("""
            {
              "$defs": { "named": { "properties": { "name": { "type": "string" } } } },
              "allOf": [ { "$ref": "#/$defs/named" } ],
              "properties": { "id": { "type": "integer" } },
              "unevaluatedProperties": false
            }
            """);

        Assert.True(schema.Evaluate(Json.Parse("""{ "id": 1, "name": "x" }""")).IsValid);
        var error = Assert.Single(schema.Evaluate(Json.Parse("""{ "id": 1, "name": "x", "extra": true }""")).Errors);
        Assert.Equal("/extra", error.InstanceLocation);
        Assert.Equal("/unevaluatedProperties", error.KeywordLocation);
        Assert.Equal("Egenskapen \"extra\" är inte tillåten.", error.Message.Swedish);
    }

    [Fact]
    public void Asserted_formats_reject_bad_values()
    {
        var schema = Compile("""
            { "properties": { "d": { "format": "date" }, "t": { "format": "date-time" }, "e": { "format": "email" },
                              "u": { "format": "uri" }, "id": { "format": "uuid" }, "h": { "format": "time" } } }
            """);

        var good = Json.Parse("""{ "d": "2024-02-29", "t": "2024-05-01T12:00:00+02:00", "e": "a@b.se", "u": "https://polisen.se/x?y=1", "id": "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "h": "23:59:60Z" }""");
        var bad = Json.Parse("""{ "d": "2023-02-29", "t": "2024-05-01 12:00", "e": "a@@b", "u": "/relative", "id": "nope", "h": "12:00" }""");

        Assert.True(schema.Evaluate(good).IsValid);
        Assert.Equal(6, schema.Evaluate(bad).Errors.Count(e => string.Equals(e.Keyword, "format", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluating_a_valid_document_allocates_nothing()
    {
        var schema = Compile("""
            { "type": "object", "required": ["a", "b"], "additionalProperties": false,
              "properties": { "a": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 10 },
                              "b": { "type": "array", "items": { "type": "integer", "minimum": 0 } },
                              "c": { "enum": ["x", "y"] }, "d": { "format": "date" } } }
            """);
        var document = Json.Parse("""{ "a": "abc", "b": [1, 2, 3], "c": "y", "d": "2024-01-31" }""");
        for (var i = 0; i < 50; i++)
        {
            Assert.True(schema.Evaluate(document).IsValid);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = schema.Evaluate(document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Length_counts_code_points_not_UTF16_units()
    {
        var schema = Compile("""{ "maxLength": 2, "minLength": 2 }""");

        Assert.True(schema.Evaluate(Json.Parse("\"\uD83D\uDE00\u00e4\"")).IsValid);
        Assert.True(schema.Evaluate(Json.Parse("\"\\ud83d\\ude00\\u00e4\"")).IsValid);
        Assert.Equal("maxLength", Assert.Single(schema.Evaluate(Json.Parse("\"abc\"")).Errors).Keyword);
    }

    [Fact]
    public void One_compiled_schema_can_be_used_from_many_threads()
    {
        var schema = Compile("""
            { "type": "array", "items": { "type": "object", "required": ["a"], "additionalProperties": false,
                                          "properties": { "a": { "type": "integer" }, "b": { "type": "string" } } } }
            """);
        // Property orders differ between documents, so the shared learned-order hints are rewritten concurrently.
        var first = Json.Parse("""[ { "a": 1, "b": "x" }, { "b": "y", "a": "2" }, { "c": true } ]""");
        var second = Json.Parse("""[ { "b": 3, "a": 1 }, { "a": 1 } ]""");
        string[] expectedFirst = ["/1/a", "/2/c", "/2"];
        string[] expectedSecond = ["/0/b"];

        System.Threading.Tasks.Parallel.For(0, 2000, i =>
        {
            var (document, expected) = i % 2 == 0 ? (first, expectedFirst) : (second, expectedSecond);
            var locations = schema.Evaluate(document).Errors.Select(e => e.InstanceLocation).ToArray();
            Assert.Equal(expected, locations);
        });
    }

    [Fact]
    public void An_undefined_element_is_an_error_not_an_exception()
    {
        var schema = Compile("true");

        Assert.False(schema.Evaluate(default).IsValid);
        Assert.False(schema.IsValid(default));
    }
}
