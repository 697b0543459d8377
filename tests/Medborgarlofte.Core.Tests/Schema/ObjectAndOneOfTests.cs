using System;
using System.Linq;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// <c>oneOf</c>'s two kinds of failure and <c>required</c> at the edges of the one-pass object walk: a name
/// listed twice, and exactly 64 and more than 64 required names (a bit mask up to 64, an array beyond).
/// </summary>
public sealed class ObjectAndOneOfTests
{
    private const string OneOf = """{ "oneOf": [ { "type": "string", "minLength": 3 }, { "type": "string", "maxLength": 4 }, { "type": "integer" } ] }""";

    [Theory]
    [InlineData("\"abcdef\"")] // only the first
    [InlineData("\"ab\"")] // only the second
    [InlineData("7")] // only the third
    public void One_matching_alternative_passes(string instance) =>
        Assert.True(Compile(OneOf).Evaluate(Json.Parse(instance)).IsValid);

    [Fact]
    public void No_matching_alternative_reports_oneOf_and_each_alternative()
    {
        var result = Compile(OneOf).Evaluate(Json.Parse("true"));

        Assert.Equal(["/oneOf/0/type", "/oneOf/1/type", "/oneOf/2/type", "/oneOf"], result.Errors.Select(e => e.KeywordLocation));
        var oneOf = result.Errors[^1];
        Assert.Equal("oneOf", oneOf.Keyword);
        Assert.Equal("Värdet uppfyller inget av alternativen i oneOf.", oneOf.Message.Swedish);
    }

    [Theory]
    [InlineData("\"abc\"", 0, 1)] // the first two
    [InlineData("\"abcd\"", 0, 1)]
    public void Two_matching_alternatives_report_which_two(string instance, int first, int second)
    {
        var result = Compile(OneOf).Evaluate(Json.Parse(instance));

        var error = Assert.Single(result.Errors);
        Assert.Equal("/oneOf", error.KeywordLocation);
        Assert.Equal($"Värdet uppfyller flera alternativ i oneOf (nummer {first} och {second}) men får bara uppfylla ett.", error.Message.Swedish);
    }

    [Fact]
    public void Two_later_alternatives_are_named_too()
    {
        var schema = Compile("""{ "oneOf": [ { "type": "string" }, { "minimum": 1 }, { "type": "integer" } ] }""");

        var error = Assert.Single(schema.Evaluate(Json.Parse("5")).Errors);

        Assert.Contains("(numbers 1 and 2)", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_name_listed_twice_is_satisfied_once_present()
    {
        var schema = Compile("""{ "properties": { "a": { "type": "integer" } }, "required": ["a", "b", "a"] }""");

        Assert.True(schema.Evaluate(Json.Parse("""{ "a": 1, "b": 2 }""")).IsValid);
        var missing = schema.Evaluate(Json.Parse("""{ "b": 2 }""")).Errors;
        Assert.Single(missing);
        Assert.Contains("\"a\"", missing[0].Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    public void Many_required_names_are_all_checked(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"p{i}").ToArray();
        var schema = Compile($$"""{ "required": [{{string.Join(", ", names.Select(n => $"\"{n}\""))}}, "p0"] }""");
        string Object(System.Collections.Generic.IEnumerable<string> present) => "{" + string.Join(", ", present.Select(n => $"\"{n}\": 1")) + "}";

        Assert.True(schema.Evaluate(Json.Parse(Object(names))).IsValid);

        var errors = schema.Evaluate(Json.Parse(Object(names.Where(n => n != "p0" && n != $"p{count - 1}")))).Errors;
        Assert.Equal(2, errors.Count);
        Assert.Contains("\"p0\"", errors[0].Message.English, StringComparison.Ordinal);
        Assert.Contains($"\"p{count - 1}\"", errors[1].Message.English, StringComparison.Ordinal);
    }

    private static JsonSchema Compile(string schema)
    {
        var result = JsonSchema.Load(schema);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Schema;
    }
}
