using System;
using System.IO;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Torture;

/// <summary>
/// Reproducer 4 of issue #27: <c>report</c> crashed (exit 134) at the end of the calendar and on a target value of
/// -1e25, because the day after 9999-12-31 was computed and a width was cast to <see langword="int"/>, and because
/// <c>report</c> read the agreement without validating it. Each now gives a correct report or a diagnostic.
/// </summary>
public sealed class CalendarEndReproducerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-calendar-end-").FullName;

    [Fact]
    public void An_agreement_valid_until_9999_12_31_with_a_follow_up_as_of_9999_06_01_is_reported()
    {
        var agreement = Write("agreement.json", Documents.Minimal.Replace("\"end\": \"2024-12-31\"", "\"end\": \"9999-12-31\"", StringComparison.Ordinal));
        var followUp = Write("follow-up.json", FollowUp("9999-06-01", "9999-05-01", "3"));

        var (exit, stdout, stderr) = CliRun.Run("report", agreement, followUp, "--out", _directory);

        Assert.True(exit == 0, stderr);
        Assert.Contains("framsteg.svg", stdout, StringComparison.Ordinal);

        // A weekly target from 2024-01-01: whole weeks through 9999-06-01, by day count.
        var weeks = (Period.DaysBetween(new LocalDate(2024, 1, 1), new LocalDate(9999, 6, 1)) + 1) / 7;
        Assert.Contains($"| {weeks} | 3 |", File.ReadAllText(Path.Combine(_directory, "uppfoljning.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_ended_validity_as_of_9999_12_31_is_reported()
    {
        var agreement = Write("agreement.json", Documents.Minimal.Replace(",\n    \"end\": \"2024-12-31\"", string.Empty, StringComparison.Ordinal));
        var followUp = Write("follow-up.json", FollowUp("2024-06-01", "2024-05-01", "3"));

        var (exit, _, stderr) = CliRun.Run("report", agreement, followUp, "--as-of", "9999-12-31", "--out", _directory);

        Assert.True(exit == 0, stderr);
        var weeks = (Period.DaysBetween(new LocalDate(2024, 1, 1), new LocalDate(9999, 12, 31)) + 1) / 7;
        Assert.Contains($"| {weeks} | 3 |", File.ReadAllText(Path.Combine(_directory, "uppfoljning.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("perMonth", 2024, 1, 1, (9999 - 2024 + 1) * 12)] // starts on the 1st: December 9999 is whole
    [InlineData("perMonth", 2024, 1, 15, ((9999 - 2024 + 1) * 12) - 1)]
    [InlineData("perYear", 2024, 1, 1, 9999 - 2024 + 1)]
    [InlineData("perYear", 2024, 2, 29, 9999 - 2024)]
    [InlineData("perSchoolTerm", 2024, 1, 1, (9999 - 2024 + 1) * 2)]
    public void Units_ending_on_9999_12_31_are_counted(string recurrence, int year, int month, int day, int expected)
    {
        var units = TargetCalendar.UnitsElapsed(RecurrenceCodes(recurrence), new LocalDate(year, month, day), LocalDate.MaxIsoValue, null);

        Assert.Equal(expected, units);
    }

    [Fact]
    public void A_target_value_of_minus_1e25_is_reported_by_report_as_a_diagnostic()
    {
        var agreement = Write("agreement.json", Documents.Minimal.Replace("\"value\": 1,", "\"value\": -1e25,", StringComparison.Ordinal));
        var followUp = Write("follow-up.json", FollowUp("2024-06-01", "2024-05-01", "3"));

        var (exit, _, stderr) = CliRun.Run("report", agreement, followUp, "--out", _directory);

        Assert.Equal(1, exit);
        Assert.Contains("error ML6001", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "framsteg.svg")));
    }

    [Fact]
    public void A_target_value_of_minus_1e25_read_without_validation_still_evaluates_and_draws()
    {
        // A model built in code (the reader refuses the value, ML6001): the evaluation and the chart still answer.
        var read = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var commitment = read.Commitments[0];
        var agreement = read with { Commitments = [commitment with { Targets = [commitment.Targets[0] with { Value = -1e25m }] }] };
        var followUp = FollowUpJson.Read(Encoding.UTF8.GetBytes(FollowUp("2024-06-01", "2024-05-01", "3"))).GetValueOrThrow();

        var evaluation = FollowUpEvaluator.Evaluate(agreement, followUp, new LocalDate(2024, 6, 1));
        var svg = ProgressChart.Render(evaluation);
        var markdown = FollowUpMarkdownRenderer.Render(evaluation, "framsteg.svg");

        Assert.Contains("width=\"0\"", svg, StringComparison.Ordinal);
        var weeks = (Period.DaysBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 1)) + 1) / 7;
        Assert.Contains($"| {(weeks * -1e25m).ToString(System.Globalization.CultureInfo.InvariantCulture)} | 3 |", markdown, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Medborgarlofte.Recurrence RecurrenceCodes(string code) => code switch
    {
        "perMonth" => Medborgarlofte.Recurrence.PerMonth,
        "perYear" => Medborgarlofte.Recurrence.PerYear,
        _ => Medborgarlofte.Recurrence.PerSchoolTerm,
    };

    private static string FollowUp(string asOf, string observed, string value) => $$"""
        {
          "formatVersion": "1.0",
          "id": "uppfoljning",
          "agreement": {
            "id": "test-2024",
            "revision": 1
          },
          "asOf": "{{asOf}}",
          "observations": [
            {
              "target": "t1",
              "date": "{{observed}}",
              "value": {{value}}
            }
          ]
        }
        """;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
