using System;
using System.IO;
using Medborgarlofte.Tests.Import.Spreadsheets;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

/// <summary><c>followup-template</c> and <c>import --agreement</c> through the command line, as a user runs them.</summary>
public sealed class FollowUpSheetCommandTests : IDisposable
{
    private const string Example = "kungsbacka-2019-2020-uppfoljning-2019-07.json";
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-followup-").FullName;

    [Theory]
    [InlineData("uppfoljning.xlsx")]
    [InlineData("uppfoljning.csv")]
    public void The_template_filled_in_imports_to_the_example(string name)
    {
        var agreementPath = Repository.PathOf("examples", "kungsbacka-2019-2020.json");
        var template = Path.Combine(_directory, name);

        var (exit, stdout, stderr) = Run(["followup-template", agreementPath, "--out", template]);
        Assert.Equal(0, exit);
        Assert.Empty(stdout);
        Assert.Empty(stderr);

        var (bytes, followUp, _) = FollowUpRoundTripTests.Load(Example);
        var filled = name.EndsWith(".xlsx", StringComparison.Ordinal) ? FilledTemplate.FromXlsx(File.ReadAllBytes(template)) : FilledTemplate.FromCsv(File.ReadAllBytes(template));
        filled.Fill(followUp, datesAsText: false);
        File.WriteAllBytes(template, name.EndsWith(".xlsx", StringComparison.Ordinal) ? filled.ToXlsx(File.ReadAllBytes(template)) : filled.ToCsv(';', byteOrderMark: true));
        var json = Path.Combine(_directory, "uppfoljning.json");

        (exit, stdout, stderr) = Run(["import", template, "--agreement", agreementPath, "--out", json]);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(bytes, File.ReadAllBytes(json));
    }

    [Fact]
    public void A_bad_cell_is_named_by_sheet_row_and_column_and_exits_1()
    {
        var agreementPath = Repository.PathOf("examples", "kungsbacka-2019-2020.json");
        var template = Path.Combine(_directory, "uppfoljning.xlsx");
        Assert.Equal(0, Run(["followup-template", agreementPath, "--out", template]).Exit);
        var filled = FilledTemplate.FromXlsx(File.ReadAllBytes(template));
        filled.Fill(FollowUpRoundTripTests.Load(Example).FollowUp, datesAsText: false);
        var row = filled["Mål"].FindIndex(r => r.Contains("t3.1"));
        filled["Mål"][row][3] = "första mars";
        File.WriteAllBytes(template, filled.ToXlsx(File.ReadAllBytes(template)));

        var (exit, stdout, stderr) = Run(["import", template, "--agreement", agreementPath]);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains($"uppfoljning.xlsx:Mål!D{row + 1}: error MI3001: Inte ett datum: första mars", stderr, StringComparison.Ordinal);
        Assert.Contains(" / Not a date: första mars", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("followup-template")]
    [InlineData("followup-template lofte.json")]
    [InlineData("followup-template lofte.json --out uppfoljning.ods")]
    [InlineData("followup-template finns-inte.json --out uppfoljning.xlsx")]
    [InlineData("followup-template lofte.json --out uppfoljning.csv --separator |")]
    [InlineData("import uppfoljning.xlsx")]
    [InlineData("import finns-inte.xlsx --agreement lofte.json")]
    [InlineData("import uppfoljning.csv --agreement lofte.json --report r.json")]
    public void Usage_errors_and_missing_files_exit_2(string args)
    {
        File.WriteAllText(Path.Combine(_directory, "uppfoljning.xlsx"), "x");
        File.WriteAllText(Path.Combine(_directory, "uppfoljning.csv"), "x");
        File.Copy(Repository.PathOf("examples", "kungsbacka-2019-2020.json"), Path.Combine(_directory, "lofte.json"));
        // File names are placed in the test's folder (the working directory is shared by tests running in parallel).
        var arguments = Array.ConvertAll(args.Split(' '), a => a.Contains('.', StringComparison.Ordinal) ? Path.Combine(_directory, a) : a);
        Assert.Equal(2, Run(arguments).Exit);
    }

    [Fact]
    public void A_file_that_is_not_an_agreement_exits_1()
    {
        var path = Path.Combine(_directory, "lofte.json");
        File.WriteAllText(path, "{\"id\": 1}");
        Assert.Equal(1, Run(["followup-template", path, "--out", Path.Combine(_directory, "u.xlsx")]).Exit);
    }

    [Fact]
    public void Help_is_Swedish_first_then_English()
    {
        var (exit, stdout, _) = Run(["followup-template", "--help"]);
        Assert.Equal(0, exit);
        Assert.True(stdout.IndexOf("Skriver en uppföljningsmall", StringComparison.Ordinal) < stdout.IndexOf("Writes a follow-up template", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(string[] args) => CliRun.Run(args);
}
