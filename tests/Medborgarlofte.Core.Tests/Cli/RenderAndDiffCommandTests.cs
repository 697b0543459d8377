using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Revisions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class RenderAndDiffCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-render-").FullName;

    [Fact]
    public void Render_writes_Markdown_to_stdout()
    {
        var (exit, stdout, stderr) = Run(["render", ExampleFiles.PathOf("bastad-2024"), "--format", "md"]);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("# Medborgarlöfte 2024\n", stdout, StringComparison.Ordinal);
        Assert.Contains("## Det här ska vi göra", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_English_HTML_to_a_file_in_UTF8_without_BOM()
    {
        var output = Path.Combine(_directory, "bastad.html");

        var (exit, stdout, _) = Run(["render", "--lang", "en", ExampleFiles.PathOf("bastad-2024"), "--out", output, "--format", "html"]);

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal((byte)'<', bytes[0]);
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Johan Olsson Swanstein</strong>", html, StringComparison.Ordinal);
        Assert.Contains("(in Swedish)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render a.json")]
    [InlineData("render a.json --format pdf")]
    [InlineData("render a.json --format md --lang fi")]
    [InlineData("render a.json --format md --out")]
    [InlineData("render a.json b.json --format md")]
    [InlineData("render a.json --format md --colour")]
    [InlineData("render /no/such/file.json --format md")]
    [InlineData("diff")]
    [InlineData("diff a.json")]
    [InlineData("diff a.json b.json c.json")]
    [InlineData("diff a.json b.json --format html")]
    [InlineData("diff /no/such/a.json /no/such/b.json")]
    public void Usage_errors_exit_two(string commandLine)
    {
        var (exit, stdout, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public void A_file_that_is_not_an_agreement_prints_its_diagnostics_and_exits_one()
    {
        var bad = Write("bad.json", Documents.Minimal.Replace("\"value\": 1,", "\"value\": \"ett\",", StringComparison.Ordinal));

        var render = Run(["render", bad, "--format", "html"]);
        var diff = Run(["diff", ExampleFiles.PathOf("svalov-2020"), bad]);

        Assert.Equal(1, render.Exit);
        Assert.Empty(render.Stdout);
        Assert.Matches(@"bad\.json:\d+:\d+: error ML1004: .*\(/commitments/0/targets/0/value\)", render.Stderr);
        Assert.Equal(1, diff.Exit);
        Assert.Empty(diff.Stdout);
        Assert.Matches(@"bad\.json:\d+:\d+: error ML1004: .*\(/commitments/0/targets/0/value\)", diff.Stderr);
    }

    [Fact]
    public void Diff_reports_in_Markdown_by_default_and_exits_zero()
    {
        var (older, newer) = Revision();

        var (exit, stdout, stderr) = Run(["diff", older, newer]);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("# Ändringar / Changes\n", stdout, StringComparison.Ordinal);
        Assert.Contains("- **Ändrat / Changed** `t3.2` `/commitments/3/targets/0/value`: 1 → 2\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_reports_in_JSON_that_parses()
    {
        var (older, newer) = Revision();

        var (exit, stdout, _) = Run(["diff", "--format", "json", older, newer]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(5, json.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Diff_of_a_file_with_itself_has_no_changes_and_exits_zero()
    {
        var (exit, stdout, _) = Run(["diff", ExampleFiles.PathOf("astorp-2023-2025"), ExampleFiles.PathOf("astorp-2023-2025")]);

        Assert.Equal(0, exit);
        Assert.Contains("Inga ändringar. / No changes.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_render_and_diff()
    {
        var (exit, stdout, _) = Run(["--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("medborgarlofte render <fil> --format md|html [--lang sv|en] [--out FIL]", stdout, StringComparison.Ordinal);
        Assert.Contains("medborgarlofte diff <äldre> <nyare> [--format md|json]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_one_file_per_example_into_a_directory()
    {
        var output = Path.Combine(_directory, "rendered");

        var (exit, stdout, _) = Run(["render", .. ExampleFiles.Names.Select(ExampleFiles.PathOf), "--format", "html", "--out-dir", output]);

        Assert.Equal(0, exit);
        Assert.Equal(ExampleFiles.Names.Order(StringComparer.Ordinal), Directory.GetFiles(output, "*.html").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.Contains(Path.Combine(output, "svalov-2020.html"), stdout, StringComparison.Ordinal);
        Assert.Contains("Caroline Sempert", File.ReadAllText(Path.Combine(output, "svalov-2020.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out x.md")]
    [InlineData("")]
    public void Several_files_need_an_output_directory(string extra)
    {
        var (exit, _, stderr) = Run(["render", ExampleFiles.PathOf("svalov-2020"), ExampleFiles.PathOf("hoor-2023-2024"), "--format", "md", .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(2, exit);
        Assert.Contains("--out-dir", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (string Older, string Newer) Revision()
    {
        var older = ExampleFiles.Load("kungsbacka-2019-2020");
        return (ExampleFiles.PathOf("kungsbacka-2019-2020"), Write("revised.json", AgreementJson.Write(AgreementComparerTests.Revised(older))));
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
