using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Validation;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-cli-").FullName;

    [Fact]
    public void All_examples_are_OK_with_their_warnings_and_exit_zero()
    {
        var (exit, stdout, _) = Run(["validate", "--as-of", "2025-06-01", .. ExampleFiles.Names.Select(ExampleFiles.PathOf)]);

        Assert.Equal(0, exit);
        Assert.Equal(5, stdout.Split('\n').Count(line => line.Contains(".json: OK (", StringComparison.Ordinal)));
        Assert.Contains("svalov-2020.json: OK (5 varningar / warnings, 1 info)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"svalov-2020\.json:\d+:\d+: warning ML5003: Underskriften av Caroline Sempert saknar datum\. / The signature of Caroline Sempert has no date\. \(/signatures/0\)", stdout);
        Assert.Contains("5 filer / files: 0 fel / errors, 40 varningar / warnings, 4 info", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_groups_by_file_errors_then_warnings_then_info_with_each_hint_once()
    {
        // Validated as of 2025-06-01, the fixture has an error (ML4005) and has expired (ML5006, info).
        var bad = Write("bad.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML4005-police-region-does-not-cover.json")));
        var svalov = ExampleFiles.PathOf("svalov-2020");

        var (exit, stdout, _) = Run(["validate", "--as-of", "2025-06-01", bad, svalov]);

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n');
        var badHeader = Array.FindIndex(lines, l => l.StartsWith(bad + ": 1 fel / errors, 1 info", StringComparison.Ordinal));
        var svalovHeader = Array.FindIndex(lines, l => l.StartsWith(svalov + ": OK", StringComparison.Ordinal));
        Assert.True(badHeader >= 0 && svalovHeader > badHeader, stdout);
        // Each diagnostic as compilers write it, on the line and column of the value in the file.
        var region = Array.FindIndex(File.ReadAllLines(bad), l => l.Contains("\"region\"", StringComparison.Ordinal)) + 1;
        var column = File.ReadAllLines(bad)[region - 1].IndexOf('"', StringComparison.Ordinal) + 1;
        Assert.StartsWith($"{bad}:{region}:{column}: error ML4005: Polisregion Väst omfattar inte Skåne län", lines[badHeader + 1], StringComparison.Ordinal);
        Assert.EndsWith("(/parties/1/policeUnit/region)", lines[badHeader + 1], StringComparison.Ordinal);
        Assert.StartsWith("    tips / hint: Skåne län hör till polisregion Syd.", lines[badHeader + 2], StringComparison.Ordinal);
        Assert.Matches(@":\d+:\d+: info ML5006: .*\(/validity/end\)$", lines[badHeader + 3]);
        var svalovLines = lines[(svalovHeader + 1)..];
        Assert.Single(svalovLines, l => l.Contains("Ange date när underskriften", StringComparison.Ordinal));
        Assert.Equal(2, svalovLines.Count(l => l.StartsWith(svalov + ":", StringComparison.Ordinal) && l.Contains(": warning ML5003: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_invalid_file_prints_pointer_and_message_and_exits_one()
    {
        var bad = Write("bad.json", Documents.Minimal.Replace("\"value\": 1,", "\"value\": \"ett\",", StringComparison.Ordinal));

        var (exit, stdout, _) = Run(["validate", ExampleFiles.PathOf("svalov-2020"), bad]);

        Assert.Equal(1, exit);
        Assert.Contains(": OK", stdout, StringComparison.Ordinal);
        Assert.Matches(@"bad\.json:\d+:\d+: error ML1004: Fel typ.*\(/commitments/0/targets/0/value\)", stdout);
    }

    [Fact]
    public void Json_format_lists_files_and_diagnostics()
    {
        var bad = Write("bad.json", "{");

        var (exit, stdout, _) = Run(["validate", "--format", "json", bad]);

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(stdout);
        var file = report.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("valid").GetBoolean());
        Assert.Equal("ML0001", file.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.StartsWith("Ogiltig JSON", file.GetProperty("diagnostics")[0].GetProperty("message").GetProperty("sv").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\n  \"formatVersion\": \"1.0\",\n  \"id\" \"x\"\n}")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    public void A_malformed_file_is_reported_on_its_line_without_an_exception(string text)
    {
        var bad = Write("malformed.json", text);
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var exit = 0;
            var stdout = string.Empty;

            // The command, the library and SARIF's walk that places diagnostics on lines: none may throw, even inside.
            var thrown = FirstChanceExceptions.During(() => (exit, stdout, _) = Run(["validate", "--format", format, bad]));

            Assert.Equal(1, exit);
            Assert.Contains("ML000", stdout, StringComparison.Ordinal);
            Assert.True(thrown == 0, $"{thrown} exception(s) with --format {format}");
        }
    }

    [Fact]
    public void Json_format_writes_one_report_per_file_conforming_to_the_report_schema()
    {
        var (exit, stdout, _) = Run(["validate", "--format", "json", "--as-of", "2025-06-01", .. ExampleFiles.Names.Select(ExampleFiles.PathOf)]);

        Assert.Equal(0, exit);
        using var output = JsonDocument.Parse(stdout);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf("schemas", "validation-report.schema.json")));
        var files = output.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(ExampleFiles.Names.Select(ExampleFiles.PathOf), files.Select(f => f.GetProperty("source").GetString()));
        Assert.All(files, f => Assert.Empty(SchemaCheck.Check(schema.RootElement, f)));
        Assert.All(files, f => Assert.Equal("2025-06-01", f.GetProperty("provenance").GetProperty("asOf").GetString()));
    }

    [Fact]
    public void Sarif_format_writes_SARIF_2_1_0_with_the_catalogue_and_a_located_result_per_diagnostic()
    {
        var bad = Write("bad file.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML3002-unknown-party.json")));

        var (exit, stdout, _) = Run(["validate", "--format", "sarif", "--as-of", "2024-06-01", bad, ExampleFiles.PathOf("svalov-2020")]);

        Assert.Equal(1, exit);
        using var sarif = JsonDocument.Parse(stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.EndsWith("sarif-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("medborgarlofte", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(DiagnosticCodes.ReadingCodes.Concat(DiagnosticCodes.RuleCodes).Select(d => d.Code), rules);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        var first = results[0];
        Assert.Equal("ML3002", first.GetProperty("ruleId").GetString());
        Assert.Equal("ML3002", rules[first.GetProperty("ruleIndex").GetInt32()]);
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.StartsWith("\"polis\" är inte id för någon part i dokumentet. / \"polis\" is not the id", first.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var location = first.GetProperty("locations")[0];
        Assert.EndsWith("bad%20file.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal("/referenceNumbers/0/party", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        // The region is the line of "party": "polis" in the file.
        var region = location.GetProperty("physicalLocation").GetProperty("region");
        var line = File.ReadAllLines(bad)[region.GetProperty("startLine").GetInt32() - 1];
        Assert.Equal("\"party\": \"polis\",", line[(region.GetProperty("startColumn").GetInt32() - 1)..]);

        Assert.Contains(results, r => r.GetProperty("level").GetString() == "warning" && r.GetProperty("ruleId").GetString() == "ML5003");
        Assert.Equal(2, run.GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void Sarif_places_a_problem_in_invalid_JSON_where_the_text_breaks_off()
    {
        var bad = Write("broken.json", "{\n  \"id\": ");

        var (_, stdout, _) = Run(["validate", "--format", "sarif", bad]);

        using var sarif = JsonDocument.Parse(stdout);
        var region = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Warnings_alone_exit_zero_and_an_error_exits_one()
    {
        var warnings = Write("warnings.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML7003-no-target.json")));
        var error = Write("error.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML7005-missing-signature.json")));

        Assert.Equal(0, Run(["validate", "--as-of", "2024-06-01", warnings]).Exit);
        Assert.Equal(1, Run(["validate", "--as-of", "2024-06-01", warnings, error]).Exit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("validate")]
    [InlineData("validate --format xml a.json")]
    [InlineData("validate --colour a.json")]
    [InlineData("validate --as-of 2024-13-01 a.json")]
    [InlineData("validate --as-of 24-01-01 a.json")]
    [InlineData("validate a.json --as-of")]
    [InlineData("validate --format")]
    [InlineData("frobnicate")]
    [InlineData("validate /no/such/file.json")]
    public void Usage_errors_exit_two(string commandLine)
    {
        var (exit, _, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void Format_check_accepts_the_canonical_examples()
    {
        var (exit, stdout, _) = Run(["format", "--check", .. ExampleFiles.Names.Select(ExampleFiles.PathOf)]);

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Format_rewrites_a_file_in_canonical_form()
    {
        var file = Write("compact.json", Compact(Documents.Minimal));

        var (exit, _, _) = Run(["format", file]);

        Assert.Equal(0, exit);
        Assert.Equal(Documents.Minimal, File.ReadAllText(file));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
