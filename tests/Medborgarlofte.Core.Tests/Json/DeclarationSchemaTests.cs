using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json.Shapes;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// The model's declarations (<c>Agreement.Shape</c> and the shapes it names) and the published JSON Schema describe one
/// format: the same properties in the same order, the same required lists, the same codes, the same JSON types.
/// A disagreement fails with the place in the schema, the record and the property.
/// </summary>
public sealed class DeclarationSchemaTests
{
    private static JsonObject Schema() =>
        JsonNode.Parse(File.ReadAllText(Repository.PathOf("schemas", "medborgarlofte.schema.json")))!.AsObject();

    [Fact]
    public void TheAgreementDeclarationsAgreeWithTheSchema() =>
        AssertAgree(SchemaComparison.Compare(Agreement.Shape, Schema(), "#/$defs/agreement"));

    [Fact]
    public void TheFollowUpDeclarationsAgreeWithTheSchema() =>
        AssertAgree(SchemaComparison.Compare(FollowUpDocument.Shape, Schema(), "#/$defs/followUpDocument"));

    [Fact]
    public void EveryDeclaredRecordIsCompared()
    {
        var compared = Declarations.Shapes.Select(s => s.Type).ToHashSet();
        var declared = typeof(Agreement).Assembly.GetTypes().Where(t => t.GetField("Shape", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)?.GetValue(null) is IJsonShape);
        Assert.DoesNotContain(declared, t => !compared.Contains(t));
    }

    [Fact]
    public void AMissingPropertyIsNamed()
    {
        var schema = Schema();
        Def(schema, "commitment")["properties"]!.AsObject().Remove("places");
        Assert.Contains("#/$defs/commitment (Commitment): \"places\" is declared but not in the schema", SchemaComparison.Compare(Agreement.Shape, schema, "#/$defs/agreement"));
    }

    [Fact]
    public void AnUndeclaredPropertyIsNamed()
    {
        var schema = Schema();
        Def(schema, "commitment")["properties"]!.AsObject().Add("notInTheModel", new JsonObject { ["type"] = "string" });
        Assert.Contains("#/$defs/commitment (Commitment): \"notInTheModel\" is in the schema but not declared", SchemaComparison.Compare(Agreement.Shape, schema, "#/$defs/agreement"));
    }

    [Fact]
    public void ARequiredListThatDiffersIsNamed()
    {
        var schema = Schema();
        Def(schema, "target")["required"]!.AsArray().Add("unit");
        Def(schema, "party")["required"]!.AsArray().RemoveAt(0);
        var disagreements = SchemaComparison.Compare(Agreement.Shape, schema, "#/$defs/agreement");
        Assert.Contains("#/$defs/target (Target): \"unit\" is required in the schema but optional in the declaration", disagreements);
        Assert.Contains("#/$defs/party (Party): \"id\" is required in the declaration but optional in the schema", disagreements);
    }

    [Fact]
    public void AnEnumThatDiffersIsNamed()
    {
        var schema = Schema();
        Def(schema, "comparator")["enum"]!.AsArray().Add("atMostOrEqual");
        Assert.Contains(
            "#/$defs/target (Target): \"comparator\" has the codes [atLeast, atMost, exactly, atMostOrEqual] in the schema but [atLeast, atMost, exactly] in the declaration",
            SchemaComparison.Compare(Agreement.Shape, schema, "#/$defs/agreement"));
    }

    [Fact]
    public void AnotherOrderOrTypeIsNamed()
    {
        var schema = Schema();
        var properties = Def(schema, "link")["properties"]!.AsObject();
        var title = properties["title"]!;
        properties.Remove("title");
        properties.Add("title", title);
        Def(schema, "indicatorValue")["properties"]!["year"] = new JsonObject { ["type"] = "string" };
        var disagreements = SchemaComparison.Compare(Agreement.Shape, schema, "#/$defs/agreement");
        Assert.Contains("#/$defs/link (Link): the schema orders the properties url, mediaType, title but the declaration title, url, mediaType", disagreements);
        Assert.Contains("#/$defs/indicatorValue (IndicatorValue): \"year\" is of type string in the schema but integer in the declaration", disagreements);
    }

    private static JsonObject Def(JsonObject schema, string name) => schema["$defs"]![name]!.AsObject();

    private static void AssertAgree(List<string> disagreements) =>
        Assert.True(disagreements.Count == 0, "The declarations and the schema disagree:\n" + string.Join("\n", disagreements));
}
