using System;
using System.IO;
using System.Xml.Linq;
using Medborgarlofte.Cli;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-report-").FullName;

    [Fact]
    public void Report_writes_the_summary_and_the_chart()
    {
        var (exit, stdout, stderr) = Run("report", ExampleFiles.PathOf("kungsbacka-2019-2020"), FollowUpExampleFiles.PathOf("kungsbacka-2019-2020-uppfoljning-2019-07"), "--out", _directory);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Contains("efter / behind", stdout, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(_directory, "uppfoljning.md"));
        Assert.Contains("## 3 Trygghet i trafik — efter / behind", markdown, StringComparison.Ordinal);
        Assert.Contains("| minst en trafikkontroll per vecka | 26 | 19 | efter / behind |", markdown, StringComparison.Ordinal);
        Assert.Contains("Illustrativa uppgifter", markdown, StringComparison.Ordinal);
        var svg = XDocument.Load(Path.Combine(_directory, "framsteg.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("3.2 trafikkontroller", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_changes_the_date_evaluated()
    {
        var (exit, _, _) = Run("report", ExampleFiles.PathOf("kungsbacka-2019-2020"), FollowUpExampleFiles.PathOf("kungsbacka-2019-2020-uppfoljning-2019-07"), "--as-of", "2019-03-31", "--out", _directory);

        Assert.Equal(0, exit);
        Assert.Contains("| minst en trafikkontroll per vecka | 12 | 10 | efter / behind |", File.ReadAllText(Path.Combine(_directory, "uppfoljning.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_of_another_agreement_is_refused()
    {
        var (exit, _, stderr) = Run("report", ExampleFiles.PathOf("svalov-2020"), FollowUpExampleFiles.PathOf("bastad-2024-uppfoljning-2024"), "--out", _directory);

        Assert.Equal(1, exit);
        Assert.Contains("ML9101", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "uppfoljning.md")));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report a.json")]
    [InlineData("report a.json b.json c.json")]
    [InlineData("report a.json b.json --as-of 2019-13-01")]
    public void Usage_errors_exit_two(string commandLine)
    {
        var (exit, _, _) = Run(commandLine.Split(' '));

        Assert.Equal(2, exit);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
