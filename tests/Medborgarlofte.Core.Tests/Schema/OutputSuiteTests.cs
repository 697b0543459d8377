using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The suite's output-tests (draft 2020-12): our "basic" output for each case must satisfy the case's output
/// schema, evaluated by our own evaluator with the suite's output schema embedded (its <c>$ref</c> is to
/// another document, which is never fetched, so it is embedded under <c>$defs</c> with its own <c>$id</c>).
/// </summary>
public sealed class OutputSuiteTests
{
    /// <summary>Left out, with the reason.</summary>
    private static readonly Dictionary<string, string> Exclusions = new(System.StringComparer.Ordinal)
    {
        ["readOnly.json / readOnly generates its value as an annotation / readOnly is true"] =
            "Annotations are not reported: the output lists failed assertions only (see docs/schema-evaluator.md).",
    };

    public static TheoryData<string, int, int, string> Cases()
    {
        var data = new TheoryData<string, int, int, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestSuitePaths.OutputTests, "content"), "*.json").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var groups = document.RootElement;
            for (var g = 0; g < groups.GetArrayLength(); g++)
            {
                var tests = groups[g].GetProperty("tests");
                for (var t = 0; t < tests.GetArrayLength(); t++)
                {
                    var name = $"{Path.GetFileName(file)} / {groups[g].GetProperty("description").GetString()} / {tests[t].GetProperty("description").GetString()}";
                    if (!Exclusions.ContainsKey(name))
                    {
                        data.Add(Path.GetFileName(file), g, t, name);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Basic_output_satisfies_the_suite_output_schema(string file, int group, int test, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestSuitePaths.OutputTests, "content", file)));
        var testGroup = document.RootElement[group];
        var testCase = testGroup.GetProperty("tests")[test];

        var schema = JsonSchema.Load(testGroup.GetProperty("schema"));
        Assert.True(schema.Succeeded, name + ": " + string.Join("; ", schema.Errors));
        using var output = JsonDocument.Parse(schema.Schema.Evaluate(testCase.GetProperty("data")).ToBasicOutputJson());

        var outputSchema = JsonSchema.Load(WithEmbeddedOutputSchema(testCase.GetProperty("output").GetProperty("basic")));
        Assert.True(outputSchema.Succeeded, string.Join("; ", outputSchema.Errors));
        var verdict = outputSchema.Schema.Evaluate(output.RootElement);
        Assert.True(verdict.IsValid, $"{name}: {output.RootElement.GetRawText()} => {string.Join("; ", verdict.Errors)}");
    }

    [Fact]
    public void Excluded_output_case_is_excluded_for_the_stated_reason()
    {
        var schema = JsonSchema.Load("""{ "readOnly": true }""").Schema!;

        Assert.Equal("""{"valid":true}""", schema.Evaluate(Json.Parse("1")).ToBasicOutputJson());
    }

    [Fact]
    public void The_output_schema_check_can_fail()
    {
        // Guard against a vacuous check: an error unit without instanceLocation must be rejected.
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestSuitePaths.OutputTests, "content", "type.json")));
        var basic = document.RootElement[0].GetProperty("tests")[0].GetProperty("output").GetProperty("basic");
        var outputSchema = JsonSchema.Load(WithEmbeddedOutputSchema(basic)).Schema!;

        Assert.False(outputSchema.Evaluate(Json.Parse("""{ "valid": false, "errors": [ { "valid": false, "keywordLocation": "/type" } ] }""")).IsValid);
    }

    private static JsonElement WithEmbeddedOutputSchema(JsonElement basic)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var property in basic.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WritePropertyName("$defs");
            writer.WriteStartObject();
            writer.WritePropertyName("suiteOutputSchema");
            using (var outputSchema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestSuitePaths.OutputTests, "output-schema.json"))))
            {
                outputSchema.RootElement.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var combined = JsonDocument.Parse(stream.ToArray());
        return combined.RootElement.Clone();
    }
}
