using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The oracles' known faults, one case each on the valid fixture <c>every-property.json</c>: the test shows
/// the oracle's wrong answer (so a fixed oracle is noticed) and asserts the library's answer, with the
/// clause it follows. The differential test meets these cases only by chance.
/// </summary>
public sealed class OracleFaultCaseTests
{
    public static TheoryData<string, string, string, string, bool, bool> Cases() => new()
    {
        // name and clause, pointer, new value, oracle, whether the oracle rejects, whether the library rejects
        { "Ajv's email format wants a dot in the domain; RFC 5321 §4.1.2: Domain = sub-domain *(\".\" sub-domain) allows a@b", "/contacts/0/email", "\"a@b\"", "Ajv", true, false },
        { "Ajv's uri format rejects an empty hier-part; RFC 3986 §3: hier-part may be path-empty, so a: is a URI", "/attachments/0/url", "\"a:\"", "Ajv", true, false },
        { "Ajv reads numbers as doubles, so 1e400 is Infinity, a type error; RFC 8259 §6 sets no range: the library says the model cannot hold it (ML1007)", "/commitments/0/targets/0/value", "1e400", "Ajv", true, true },
        { "JsonSchema.Net's $ matches before a trailing newline; ECMA-262 (the dialect of JSON Schema's pattern): $ without the m flag matches only at the end", "/commitments/0/id", "\"c1\\n\"", "JsonSchema.Net", false, true },
        { "JsonSchema.Net rejects the year 0000; RFC 3339 §5.6: date-fullyear = 4DIGIT", "/validity/start", "\"0000-01-01\"", "JsonSchema.Net", true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_oracle_is_wrong_and_the_library_right(string name, string pointer, string value, string oracle, bool oracleRejects, bool libraryRejects)
    {
        var text = Patched(pointer, value);
        using var document = JsonDocument.Parse(text);
        var rejectedBy = oracle == "Ajv"
            ? Ajv.ValidateTexts(null, [text])[0]!.Errors.Any(e => e.Location == pointer)
            : SchemaNet.Agreement(document.RootElement).Errors.Any(e => e.InstanceLocation == pointer);
        var library = AgreementValidator.Validate(text, new ValidationOptions { AsOf = RuleFixtures.AsOf }).Diagnostics
            .Any(d => d.Severity == Medborgarlofte.DiagnosticSeverity.Error && d.Pointer == pointer);

        Assert.True(oracleRejects == rejectedBy, $"{name}: {oracle} {(rejectedBy ? "rejects" : "accepts")} {value} at {pointer} (the fault may be fixed)");
        Assert.True(libraryRejects == library, $"{name}: the library {(library ? "rejects" : "accepts")} {value} at {pointer}");
    }

    private static string Patched(string pointer, string value)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.ValidDirectory, "every-property.json")))!;
        var parts = pointer[1..].Split('/');
        var parent = parts[..^1].Aggregate(root, (node, part) => node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!);
        var last = parts[^1];
        if (parent is JsonArray list)
        {
            list[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = JsonNode.Parse(value);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }
}
