using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Cli;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-import-").FullName;

    [Fact]
    public void Import_writes_a_draft_that_validates_and_its_guesses_as_warnings()
    {
        var (exit, stdout, stderr) = Run(["import", Repository.PathOf("data", "seeds", "002_02eee33a656902ed.txt")]);

        Assert.Equal(0, exit);
        Assert.True(AgreementValidator.Validate(stdout).IsValid);
        Assert.Contains(": warning MI1001: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_the_draft_and_the_report_to_files()
    {
        var draft = Path.Combine(_directory, "lofte.json");
        var report = Path.Combine(_directory, "rapport.json");

        var (exit, stdout, _) = Run(["import", Repository.PathOf("data", "seeds", "000_a40dc53937a023f8.txt"), "--out", draft, "--report", report]);

        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.True(AgreementValidator.Validate(File.ReadAllText(draft)).IsValid);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var sentences = json.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Contains(sentences, s => s.GetProperty("pointer").GetString() == "/commitments/4/text"
            && s.GetProperty("text").GetString() == "Båstads kommun och polisen åtar sig att tillsammans genomföra minst två medborgardialoger.");
        Assert.All(sentences, s => Assert.StartsWith("/", s.GetProperty("pointer").GetString(), StringComparison.Ordinal));
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "MI1004");
    }

    [Fact]
    public void A_document_that_cannot_be_imported_exits_1_with_its_diagnostic()
    {
        var path = Path.Combine(_directory, "lofte.docx");
        File.WriteAllText(path, "inte ett zip-arkiv");

        var (exit, stdout, stderr) = Run(["import", path]);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("error MI0002: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import a.txt b.txt")]
    [InlineData("import finns-inte.txt")]
    public void Usage_errors_and_missing_files_exit_2(string args)
    {
        var (exit, _, _) = Run(args.Split(' '));
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Help_is_Swedish_first_then_English()
    {
        var (exit, stdout, _) = Run(["import", "--help"]);
        Assert.Equal(0, exit);
        Assert.True(stdout.IndexOf("Läser ett medborgarlöfte", StringComparison.Ordinal) < stdout.IndexOf("Reads an agreement", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
