using System;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>The shared property-name strings: complete for the schema, and the same answer as <see cref="JsonProperty.Name"/> for a name read from the tape.</summary>
public sealed class PropertyNamesTests
{
    [Fact]
    public void Every_property_of_the_schema_is_in_the_table()
    {
        var missing = SchemaJson.AllSchemas()
            .Where(s => s.Schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
            .SelectMany(s => s.Schema.GetProperty("properties").EnumerateObject().Select(p => p.Name))
            .Distinct(StringComparer.Ordinal)
            .Except(PropertyNames.All, StringComparer.Ordinal)
            .ToList();

        Assert.Empty(missing);
        Assert.Equal(PropertyNames.All.Count, PropertyNames.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("{\"id\": 1}", "id")]
    [InlineData("{\"\\u0069d\": 1}", "id")] // escaped, still the known name
    [InlineData("{\"sv\": 1}", "sv")]
    [InlineData("{\"unknownName\": 1}", "unknownName")]
    [InlineData("{\"\": 1}", "")]
    [InlineData("{\"åäö\": 1}", "åäö")]
    public void A_name_reads_as_the_property_name(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);
        using var tape = JsonTape.Parse(System.Text.Encoding.UTF8.GetBytes(json), default)!;
        var property = Properties(tape).Single();

        var name = PropertyNames.Of(property);

        Assert.Equal(document.RootElement.EnumerateObject().Single().Name, name);
        Assert.Equal(expected, name);
    }

    [Fact]
    public void A_known_name_is_the_shared_string()
    {
        using var tape = JsonTape.Parse("{\"commitments\": [], \"commitments2\": 1}"u8.ToArray(), default)!;
        var properties = Properties(tape);

        Assert.Same(PropertyNames.All.Single(n => n == "commitments"), PropertyNames.Of(properties[0]));
        Assert.Same(PropertyNames.Of(properties[0]), PropertyNames.Of(properties[0]));
        Assert.NotSame(PropertyNames.Of(properties[1]), PropertyNames.Of(properties[1])); // unknown: a new string each time
    }

    private static TapeProperty[] Properties(JsonTape tape)
    {
        var properties = new System.Collections.Generic.List<TapeProperty>();
        foreach (var property in tape.Root.EnumerateObject())
        {
            properties.Add(property);
        }

        return [.. properties];
    }
}
