using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>The "basic" output format (draft 2020-12, section 12.4.2) has the documented shape.</summary>
public sealed class BasicOutputTests
{
    private static readonly string[] UnitProperties =
        ["valid", "keywordLocation", "absoluteKeywordLocation", "instanceLocation", "keyword", "error", "errorEn"];

    [Fact]
    public void A_valid_result_is_just_valid_true()
    {
        var schema = JsonSchema.Load("""{ "type": "string" }""").Schema!;

        Assert.Equal("""{"valid":true}""", schema.Evaluate(Json.Parse("\"x\"")).ToBasicOutputJson());
    }

    [Fact]
    public void An_invalid_result_is_a_flat_list_of_output_units()
    {
        var schema = JsonSchema.Load("""
            { "$id": "https://example.org/lofte", "required": ["title"], "properties": { "year": { "$ref": "#/$defs/year" } },
              "$defs": { "year": { "type": "integer" } } }
            """).Schema!;

        using var output = JsonDocument.Parse(schema.Evaluate(Json.Parse("""{ "year": "2024" }""")).ToBasicOutputJson(indented: true));
        var root = output.RootElement;

        Assert.Equal(["valid", "errors"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var units = root.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, units.Length);
        foreach (var unit in units)
        {
            Assert.Equal(UnitProperties, unit.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.False(unit.GetProperty("valid").GetBoolean());
        }

        Assert.Equal("/year", units[0].GetProperty("instanceLocation").GetString());
        Assert.Equal("/properties/year/$ref/type", units[0].GetProperty("keywordLocation").GetString());
        Assert.Equal("https://example.org/lofte#/$defs/year/type", units[0].GetProperty("absoluteKeywordLocation").GetString());
        Assert.Equal("type", units[0].GetProperty("keyword").GetString());

        Assert.Equal("", units[1].GetProperty("instanceLocation").GetString());
        Assert.Equal("/required", units[1].GetProperty("keywordLocation").GetString());
        Assert.Equal("https://example.org/lofte#/required", units[1].GetProperty("absoluteKeywordLocation").GetString());
        Assert.Equal("required", units[1].GetProperty("keyword").GetString());
        Assert.Equal("Egenskapen \"title\" saknas.", units[1].GetProperty("error").GetString());
        Assert.Equal("Required property \"title\" is missing.", units[1].GetProperty("errorEn").GetString());
    }

    [Fact]
    public void Swedish_letters_are_written_as_they_are()
    {
        var schema = JsonSchema.Load("""{ "required": ["titel"] }""").Schema!;

        var json = schema.Evaluate(Json.Parse("{}")).ToBasicOutputJson();

        Assert.Contains("\"error\":\"Egenskapen \\u0022titel\\u0022 saknas.\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E4", json, System.StringComparison.Ordinal);
        Assert.Contains("Värdet", JsonSchema.Load("""{ "const": 1 }""").Schema!.Evaluate(Json.Parse("2")).ToBasicOutputJson(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBasicOutput_writes_to_a_caller_writer()
    {
        var schema = JsonSchema.Load("""{ "maxLength": 1 }""").Schema!;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            schema.Evaluate(Json.Parse("\"ab\"")).WriteBasicOutput(writer);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        var unit = document.RootElement[0].GetProperty("errors")[0];
        Assert.Equal("/maxLength", unit.GetProperty("keywordLocation").GetString());
        Assert.Equal("Texten får vara högst 1 tecken lång, men är 2.", unit.GetProperty("error").GetString());
    }
}
