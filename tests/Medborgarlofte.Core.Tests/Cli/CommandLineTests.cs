using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

/// <summary>The command line as CI systems and people use it (System.CommandLine): inputs, outputs, help, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string[] Commands = ["validate", "report", "format", "schema", "render", "diff", "new"];

    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-cl-").FullName;

    [Fact]
    public void Dash_reads_standard_input_under_the_name_given()
    {
        var result = Run(["validate", "-", "--stdin-name", "lofte.json", "--as-of", "2025-06-01"], stdin: ExampleFiles.Bytes("svalov-2020"));

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("lofte.json: OK (5 varningar / warnings, 1 info)", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"lofte\.json:\d+:\d+: warning ML5003", result.Stdout);
    }

    [Fact]
    public void Standard_input_without_a_name_is_stdin_and_renders_too()
    {
        var validate = Run(["validate", "-"], stdin: Encoding.UTF8.GetBytes("{"));
        var render = Run(["render", "-", "--format", "md"], stdin: ExampleFiles.Bytes("svalov-2020"));

        Assert.Equal(1, validate.Exit);
        Assert.StartsWith("<stdin>:", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, render.Exit);
        Assert.StartsWith("# ", render.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_gives_its_json_files_and_recursive_those_below()
    {
        var top = Copy("svalov-2020", "a.json");
        var below = Copy("hoor-2023-2024", Path.Combine("sub", "b.json"));
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "not json");

        var flat = Run(["validate", _directory, "--as-of", "2025-06-01"]);
        var deep = Run(["validate", _directory, "--recursive", "--as-of", "2025-06-01"]);

        Assert.Equal(0, flat.Exit);
        Assert.Contains(top + ": OK", flat.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("b.json", flat.Stdout, StringComparison.Ordinal);
        Assert.Contains(top + ": OK", deep.Stdout, StringComparison.Ordinal);
        Assert.Contains(below + ": OK", deep.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_without_json_files_is_a_usage_error_not_access_denied()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        var result = Run(["validate", empty]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("inga .json-filer / the directory has no .json files", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_the_shell_did_not_expand_is_expanded_by_the_tool()
    {
        Copy("svalov-2020", "x1.json");
        Copy("hoor-2023-2024", "x2.json");
        Copy("bastad-2024", Path.Combine("deep", "er", "x3.json"));

        var star = Run(["validate", Path.Combine(_directory, "x?.json"), "--as-of", "2025-06-01"]);
        var globstar = Run(["validate", _directory + "/**/*.json", "--as-of", "2025-06-01", "-q"]);
        var none = Run(["validate", Path.Combine(_directory, "*.yaml")]);

        Assert.Equal(0, star.Exit);
        Assert.Contains("2 filer / files", star.Stdout, StringComparison.Ordinal);
        Assert.Contains(_directory + "/x1.json: OK", star.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 filer / files", globstar.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, none.Exit);
        Assert.Contains("inga filer matchar / no files match", none.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_among_agreements_is_validated_as_a_follow_up_against_its_agreement()
    {
        var followUp = FollowUpExampleFiles.PathOf("kungsbacka-2019-2020-uppfoljning-2019-07");

        var withAgreement = Run(["validate", followUp, ExampleFiles.PathOf("kungsbacka-2019-2020"), "--format", "json", "--as-of", "2020-01-01"]);
        var wrongAgreement = Run(["validate", FollowUpExampleFiles.PathOf("bastad-2024-uppfoljning-2024"), ExampleFiles.PathOf("bastad-2024"), ExampleFiles.PathOf("svalov-2020")]);
        var alone = Run(["validate", followUp]);

        Assert.Equal(0, withAgreement.Exit);
        using var json = JsonDocument.Parse(withAgreement.Stdout);
        var first = json.RootElement.GetProperty("files")[0];
        Assert.True(first.GetProperty("valid").GetBoolean());
        Assert.DoesNotContain(first.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString()!.StartsWith("ML1", StringComparison.Ordinal));
        Assert.Equal(0, alone.Exit);
        Assert.Contains(followUp + ": OK", alone.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, wrongAgreement.Exit);

        // Against the agreement it names: an observation of a target the agreement lacks is an error (ML91xx).
        var broken = Write("uppfoljning.json", File.ReadAllText(followUp).Replace("\"target\": \"t1.2\"", "\"target\": \"t9.9\"", StringComparison.Ordinal));
        var checkedAgainst = Run(["validate", broken, ExampleFiles.PathOf("kungsbacka-2019-2020")]);
        Assert.Equal(1, checkedAgainst.Exit);
        Assert.Matches(@"uppfoljning\.json:\d+:\d+: error ML91\d\d", checkedAgainst.Stdout);
    }

    [Fact]
    public void Colour_only_on_a_terminal_and_never_with_NO_COLOR_or_no_color()
    {
        var file = ExampleFiles.PathOf("svalov-2020");

        var terminal = Run(["validate", file], terminal: true);
        var noColorVariable = Run(["validate", file], terminal: true, environment: new() { ["NO_COLOR"] = "1" });
        var noColorOption = Run(["validate", file, "--no-color"], terminal: true);
        var pipe = Run(["validate", file]);

        Assert.Contains("\u001b[33mwarning\u001b[0m ML5003", terminal.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mOK\u001b[0m", terminal.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', noColorVariable.Stdout);
        Assert.DoesNotContain('\u001b', noColorOption.Stdout);
        Assert.DoesNotContain('\u001b', pipe.Stdout);
        Assert.Equal(pipe.Stdout, noColorVariable.Stdout);
    }

    [Fact]
    public void Quiet_prints_only_errors_and_the_summary()
    {
        var error = Write("error.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML4005-police-region-does-not-cover.json")));

        var result = Run(["validate", "-q", "--as-of", "2025-06-01", error, ExampleFiles.PathOf("svalov-2020")]);

        Assert.Equal(1, result.Exit);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(": error ML4005: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("2 filer / files: 1 fel / errors, 5 varningar / warnings, 2 info", lines[1]);
    }

    [Fact]
    public void Warnings_as_errors_exits_one_on_a_warning()
    {
        var file = ExampleFiles.PathOf("svalov-2020");

        Assert.Equal(0, Run(["validate", file]).Exit);
        var strict = Run(["validate", file, "--warnings-as-errors", "--quiet"]);
        Assert.Equal(1, strict.Exit);
        Assert.Contains(": warning ML5003: ", strict.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_format_writes_workflow_annotations_on_lines()
    {
        var error = Write("a,b.json", File.ReadAllText(Path.Combine(RuleFixtures.Folder, "ML4005-police-region-does-not-cover.json")));

        var result = Run(["validate", "--format=github", "--as-of", "2025-06-01", error]);

        Assert.Equal(1, result.Exit);
        var line = result.Stdout.Split('\n').First(l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.Matches(@"^::error file=[^,]*a%2Cb\.json,line=\d+,col=\d+,title=ML4005::Polisregion Väst", line);
        Assert.Contains(result.Stdout.Split('\n'), l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains("title=ML5006", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_command_has_its_own_help_with_the_one_exit_code_table()
    {
        var root = Run(["--help"]);
        Assert.Equal(0, root.Exit);
        Assert.Contains(ExitCodes.Table, root.Stdout, StringComparison.Ordinal);
        foreach (var command in Commands)
        {
            var help = Run([command, "--help"]);
            Assert.Equal(0, help.Exit);
            Assert.Empty(help.Stderr);
            Assert.StartsWith($"medborgarlofte {command}", help.Stdout, StringComparison.Ordinal);
            Assert.Contains(ExitCodes.Table, help.Stdout, StringComparison.Ordinal);
            Assert.Contains(" / ", help.Stdout, StringComparison.Ordinal);
            Assert.Equal(help.Stdout, Run([command, "-h"]).Stdout);
            Assert.Contains($"medborgarlofte {command}", root.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_exit_code_table_holds_for_every_command()
    {
        var invalid = Write("invalid.json", "{");
        var missing = Path.Combine(_directory, "missing.json");
        var followUp = FollowUpExampleFiles.PathOf("kungsbacka-2019-2020-uppfoljning-2019-07");
        var agreement = ExampleFiles.PathOf("kungsbacka-2019-2020");
        var output = Path.Combine(_directory, "out");

        // 0: valid and done.
        Assert.Equal(0, Run(["validate", agreement]).Exit);
        Assert.Equal(0, Run(["format", "--check", agreement]).Exit);
        Assert.Equal(0, Run(["render", agreement, "--format", "md"]).Exit);
        Assert.Equal(0, Run(["diff", agreement, agreement]).Exit);
        Assert.Equal(0, Run(["report", agreement, followUp, "--out", output]).Exit);
        Assert.Equal(0, Run(["schema"]).Exit);
        Assert.Equal(0, Run(["new", "--kommun", "1278", "--year", "2025"]).Exit);

        // 1: invalid input, in every command that reads one.
        Assert.Equal(1, Run(["validate", invalid]).Exit);
        Assert.Equal(1, Run(["format", "--check", invalid]).Exit);
        Assert.Equal(1, Run(["render", invalid, "--format", "md"]).Exit);
        Assert.Equal(1, Run(["diff", agreement, invalid]).Exit);
        Assert.Equal(1, Run(["report", invalid, followUp, "--out", output]).Exit);

        // 2: a file that does not exist alike in every command, or a directory where one file is wanted; and a wrong
        // command line. (validate, format and render take a directory's *.json files.)
        foreach (var unreadable in new[] { missing, _directory + "/" })
        {
            Assert.Equal(2, Run(["diff", agreement, unreadable]).Exit);
            Assert.Equal(2, Run(["report", agreement, unreadable, "--out", output]).Exit);
        }

        Assert.Equal(2, Run(["validate", missing]).Exit);
        Assert.Equal(2, Run(["format", missing]).Exit);
        Assert.Equal(2, Run(["render", missing, "--format", "md"]).Exit);
        foreach (var command in Commands)
        {
            Assert.Equal(2, Run([command, "--no-such-option"]).Exit);
        }
    }

    [Fact]
    public void Options_take_equals_and_double_dash_ends_options()
    {
        var equals = Run(["validate", "--format=json", "--as-of=2025-06-01", ExampleFiles.PathOf("svalov-2020")]);
        var dashed = Run(["validate", "--as-of", "2025-06-01", ExampleFiles.PathOf("svalov-2020"), "--", "--quiet"]);

        Assert.Equal(0, equals.Exit);
        using (var json = JsonDocument.Parse(equals.Stdout))
        {
            Assert.Equal("2025-06-01", json.RootElement.GetProperty("files")[0].GetProperty("provenance").GetProperty("asOf").GetString());
        }

        // After --, "--quiet" is a file name, looked for as a file.
        Assert.Equal(2, dashed.Exit);
        Assert.Contains("--quiet: filen finns inte / file not found", dashed.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate --fromat json x.json", "--format")]
    [InlineData("validate --warnings-as-error x.json", "--warnings-as-errors")]
    [InlineData("render x.json --lnag en", "--lang")]
    [InlineData("valdate x.json", "validate")]
    public void A_mistyped_option_or_command_is_suggested(string commandLine, string suggestion)
    {
        var result = Run(commandLine.Split(' '));

        Assert.Equal(2, result.Exit);
        Assert.Empty(result.Stdout);
        Assert.Contains($"Menade du / Did you mean: {suggestion}?", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_completion_offers_options_and_their_values()
    {
        // The [suggest] directive, which dotnet-suggest calls with the cursor's position in the line.
        var options = Run(["[suggest:12]", "validate --f"]);
        var values = Run(["[suggest:16]", "render --format "]);

        Assert.Equal(0, options.Exit);
        Assert.Contains("--format", options.Stdout.Split('\n').Select(l => l.Trim()));
        Assert.Equal(["html", "md"], values.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
    }

    [Fact]
    public void Bad_option_values_are_bilingual_usage_errors()
    {
        var format = Run(["validate", "--format", "xml", "x.json"]);
        var date = Run(["report", "a.json", "b.json", "--as-of", "2024-13-01"]);

        Assert.Equal(2, format.Exit);
        Assert.Contains("--format kräver text, json, sarif eller github, inte \"xml\" / --format takes text, json, sarif or github, not \"xml\"", format.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, date.Exit);
        Assert.Contains("--as-of kräver ett datum ÅÅÅÅ-MM-DD / --as-of takes a date YYYY-MM-DD", date.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void New_scaffolds_a_canonical_skeleton_that_validates_with_only_a_skeletons_warnings()
    {
        var result = Run(["new", "--kommun", "1278", "--year", "2025"]);

        Assert.Equal(0, result.Exit);
        var read = AgreementJson.Read(result.Stdout);
        Assert.True(read.Success);
        var agreement = read.Value;
        Assert.Equal("bastad-2025", agreement.Id);
        Assert.Equal(new NodaTime.LocalDate(2025, 1, 1), agreement.Validity.Start);
        Assert.Equal(new NodaTime.LocalDate(2025, 12, 31), agreement.Validity.End);
        Assert.Equal("Båstads kommun", agreement.Parties[0].Name.Swedish);
        Assert.Equal("1278", agreement.Parties[0].Identifiers!.MunicipalityCode);
        Assert.Equal(Medborgarlofte.PoliceRegion.Syd, agreement.Parties[1].PoliceUnit!.Region);
        Assert.Single(agreement.Commitments);
        Assert.Equal(AgreementJson.Write(agreement), result.Stdout);

        var report = AgreementValidator.Validate(result.Stdout, new ValidationOptions { AsOf = new NodaTime.LocalDate(2025, 3, 1) });
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(["ML7003", "ML8001", "ML8003"], report.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("new --year 2025")]
    [InlineData("new --kommun 9999 --year 2025")]
    [InlineData("new --kommun 1278")]
    [InlineData("new --kommun 1278 --year tjugo")]
    public void New_needs_a_known_municipality_and_a_year(string commandLine)
    {
        var result = Run(commandLine.Split(' '));

        Assert.Equal(2, result.Exit);
        Assert.Empty(result.Stdout);
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public void Version_prints_the_library_version()
    {
        var result = Run(["--version"]);

        Assert.Equal(0, result.Exit);
        Assert.Equal(typeof(AgreementJson).Assembly.GetName().Version!.ToString(3) + "\n", result.Stdout.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Copy(string example, string relative)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(ExampleFiles.PathOf(example), path);
        return path;
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Exit, string Stdout, string Stderr) Run(
        string[] args, byte[]? stdin = null, bool terminal = false, Dictionary<string, string>? environment = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole
        {
            Out = stdout,
            Error = stderr,
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            OutputIsTerminal = terminal,
        };
        var exit = CommandLine.Run(args, console);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
