using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>The written report conforms to schemas/validation-report.schema.json and says what the report holds.</summary>
public sealed class ValidationReportJsonTests
{
    private static readonly ValidationOptions Options = new() { AsOf = new LocalDate(2024, 6, 1) };

    public static IEnumerable<object[]> Reports()
    {
        foreach (var name in ExampleFiles.Names)
        {
            yield return ["examples/" + name];
        }

        foreach (var name in new[] { "ML3002-unknown-party.json", "ML8004-unknown-open-code.json", "ML1009-swedish-missing.json", "ML8001-no-follow-up-plan.json" })
        {
            yield return ["fixtures/" + name];
        }

        yield return ["invalid JSON"];
    }

    [Fact]
    public void The_schema_is_2020_12_with_its_urn_and_Swedish_and_English_titles()
    {
        using var schema = LoadSchema();
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(ValidationReportJson.SchemaId, root.GetProperty("$id").GetString());
        Assert.Contains(" / ", root.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_written_report_conforms_to_the_schema(string which)
    {
        var report = Validate(which);
        using var schema = LoadSchema();
        using var written = JsonDocument.Parse(ValidationReportJson.WriteToUtf8Bytes(report, which));

        Assert.Empty(SchemaCheck.Check(schema.RootElement, written.RootElement));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_written_report_holds_what_the_report_holds(string which)
    {
        var report = Validate(which);

        using var written = JsonDocument.Parse(ValidationReportJson.Write(report));
        var root = written.RootElement;

        Assert.Equal(report.IsValid, root.GetProperty("valid").GetBoolean());
        Assert.Equal("2024-06-01", root.GetProperty("provenance").GetProperty("asOf").GetString());
        Assert.Equal(report.Provenance.LibraryVersion, root.GetProperty("provenance").GetProperty("libraryVersion").GetString());
        Assert.Equal(report.ErrorCount, root.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(report.WarningCount, root.GetProperty("counts").GetProperty("warnings").GetInt32());
        Assert.Equal(report.InfoCount, root.GetProperty("counts").GetProperty("info").GetInt32());
        Assert.Equal(report.Agreement is not null, root.TryGetProperty("document", out _));
        Assert.False(root.TryGetProperty("source", out _));
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Message.Swedish)), diagnostics.Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("pointer").GetString()!, d.GetProperty("message").GetProperty("sv").GetString()!)));
    }

    [Fact]
    public void A_report_of_a_model_is_written_too_and_the_schema_rejects_a_wrong_one()
    {
        var report = AgreementValidator.Validate(ExampleFiles.Load("svalov-2020"), Options);
        using var schema = LoadSchema();
        var json = ValidationReportJson.Write(report, "svalov-2020.json");
        using var good = JsonDocument.Parse(json);
        using var bad = JsonDocument.Parse(json.Replace("\"severity\": \"warning\"", "\"severity\": \"fatal\"", StringComparison.Ordinal));

        Assert.Empty(SchemaCheck.Check(schema.RootElement, good.RootElement));
        Assert.NotEmpty(SchemaCheck.Check(schema.RootElement, bad.RootElement));
        Assert.Equal("svalov-2020.json", good.RootElement.GetProperty("source").GetString());
        Assert.Equal("svalov-2020", good.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("published", good.RootElement.GetProperty("document").GetProperty("status").GetString());
    }

    [Fact]
    public void A_report_is_written_with_readable_Swedish_letters_and_a_final_newline()
    {
        var json = ValidationReportJson.Write(AgreementValidator.Validate(ExampleFiles.Bytes("svalov-2020"), Options));

        Assert.Contains("ansvarig part", json, StringComparison.Ordinal);
        Assert.Contains("Löftet", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_to_a_stream_gives_the_same_bytes()
    {
        var report = AgreementValidator.Validate(ExampleFiles.Bytes("hoor-2023-2024"), Options);
        using var stream = new MemoryStream();

        ValidationReportJson.Write(report, stream);

        Assert.Equal(ValidationReportJson.WriteToUtf8Bytes(report), stream.ToArray());
    }

    [Fact]
    public void Severity_names_are_the_schemas()
    {
        Assert.Equal(["error", "warning", "info"], Enum.GetValues<DiagnosticSeverity>().Select(ValidationReportJson.SeverityName));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidationReportJson.SeverityName((DiagnosticSeverity)7));
    }

    [Fact]
    public void A_hint_is_written_when_there_is_one()
    {
        var report = AgreementValidator.Validate(RuleFixtures.Bytes("ML7003-no-target.json"), Options);

        using var written = JsonDocument.Parse(ValidationReportJson.Write(report));

        Assert.True(written.RootElement.GetProperty("diagnostics")[0].GetProperty("hint").TryGetProperty(LocalizedText.SwedishTag, out _));
    }

    private static ValidationReport Validate(string which)
    {
        if (which.StartsWith("examples/", StringComparison.Ordinal))
        {
            return AgreementValidator.Validate(ExampleFiles.Bytes(which["examples/".Length..]), Options);
        }

        return which.StartsWith("fixtures/", StringComparison.Ordinal)
            ? AgreementValidator.Validate(RuleFixtures.Bytes(which["fixtures/".Length..]), Options)
            : AgreementValidator.Validate(Encoding.UTF8.GetBytes("{\"id\": "), Options);
    }

    private static JsonDocument LoadSchema() => JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf("schemas", "validation-report.schema.json")));
}
