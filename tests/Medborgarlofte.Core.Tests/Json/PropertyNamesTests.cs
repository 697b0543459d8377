using System;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>The shared property-name strings: complete for the schema, and the same answer as <see cref="JsonProperty.Name"/>.</summary>
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
        var property = document.RootElement.EnumerateObject().Single();

        var name = PropertyNames.Of(property);

        Assert.Equal(property.Name, name);
        Assert.Equal(expected, name);
    }

    [Fact]
    public void A_known_name_is_the_shared_string()
    {
        using var document = JsonDocument.Parse("{\"commitments\": [], \"commitments2\": 1}");
        var properties = document.RootElement.EnumerateObject().ToArray();

        Assert.Same(PropertyNames.All.Single(n => n == "commitments"), PropertyNames.Of(properties[0]));
        Assert.Same(PropertyNames.Of(properties[0]), PropertyNames.Of(properties[0]));
        Assert.NotSame(PropertyNames.Of(properties[1]), PropertyNames.Of(properties[1])); // unknown: a new string each time
    }
}
