using System;
using System.Linq;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

public sealed class TargetWordingTests
{
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    [Theory]
    [InlineData("kungsbacka-2019-2020", "t3.2", "antal trafikkontroller: minst 1 per vecka under 2019–2020")]
    [InlineData("kungsbacka-2019-2020", "t2.1", "minst 6 föreläsningar under 2019–2020")]
    [InlineData("kungsbacka-2019-2020", "t3.1", "antal föreläsningar: exakt 1 under perioden 2019-01-01–2019-06-30")]
    [InlineData("kungsbacka-2019-2020", "t4.1", "exakt 3 tunnlar per år under 2019–2020")]
    [InlineData("bastad-2024", "t5", "minst 2 medborgardialoger under 2024")]
    [InlineData("svalov-2020", "t1", "exakt 2 trygghetsvandringar under perioden 2020-08-01–2020-12-31")]
    [InlineData("svalov-2020", "t2", "Etablera en process/metod för EST")]
    public void The_examples_targets_are_written_out_in_Swedish(string example, string targetId, string expected)
    {
        var agreement = ExampleFiles.Load(example);
        var target = agreement.Commitments.SelectMany(c => c.Targets).Single(t => t.Id == targetId);

        Assert.Equal(expected, TargetWording.Render(target, agreement.Validity.Interval));
    }

    [Theory]
    [InlineData(Comparator.AtLeast, Recurrence.PerWeek, "minst 2 kontroller per vecka under 2024", "at least 2 checks per week in 2024")]
    [InlineData(Comparator.AtMost, Recurrence.PerMonth, "högst 2 kontroller per månad under 2024", "at most 2 checks per month in 2024")]
    [InlineData(Comparator.Exactly, Recurrence.PerSchoolTerm, "exakt 2 kontroller per termin under 2024", "exactly 2 checks per school term in 2024")]
    [InlineData(Comparator.AtLeast, Recurrence.PerYear, "minst 2 kontroller per år under 2024", "at least 2 checks per year in 2024")]
    [InlineData(Comparator.AtLeast, Recurrence.Once, "minst 2 kontroller under 2024", "at least 2 checks in 2024")]
    public void Comparators_and_recurrences_in_Swedish_and_English(Comparator comparator, Recurrence recurrence, string swedish, string english)
    {
        var target = Quantitative(comparator, 2m, recurrence, new LocalizedText("kontroller", "checks"));

        Assert.Equal(swedish, TargetWording.Render(target, Year2024));
        Assert.Equal(english, TargetWording.Render(target, Year2024, "en"));
    }

    [Fact]
    public void Decimals_use_a_comma_in_Swedish_and_a_point_in_English()
    {
        var target = Quantitative(Comparator.AtLeast, 2.50m, Recurrence.PerWeek, new LocalizedText("timmar", "hours"));

        Assert.Equal("minst 2,5 timmar per vecka under 2024", TargetWording.Render(target, Year2024));
        Assert.Equal("at least 2.5 hours per week in 2024", TargetWording.Render(target, Year2024, "en"));
    }

    [Fact]
    public void One_is_written_with_the_plural_unit_before_the_count()
    {
        var target = Quantitative(Comparator.AtLeast, 1m, Recurrence.PerWeek, new LocalizedText("trafikkontroller", "traffic checks"));

        Assert.Equal("antal trafikkontroller: minst 1 per vecka under 2024", TargetWording.Render(target, Year2024));
        Assert.Equal("number of traffic checks: at least 1 per week in 2024", TargetWording.Render(target, Year2024, "en"));
    }

    [Fact]
    public void Whole_years_an_exact_period_and_no_period()
    {
        var target = Quantitative(Comparator.AtLeast, 4m, Recurrence.Once, new LocalizedText("narkotikainsatser"));
        var years = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31));
        var exact = new DateInterval(new LocalDate(2023, 3, 6), new LocalDate(2025, 12, 31));

        Assert.Equal("minst 4 narkotikainsatser under 2023–2025", TargetWording.Render(target, years));
        Assert.Equal("minst 4 narkotikainsatser under perioden 2023-03-06–2025-12-31", TargetWording.Render(target, exact));
        Assert.Equal("minst 4 narkotikainsatser under perioden", TargetWording.Render(target, null));
        Assert.Equal("minst 4 narkotikainsatser per år", TargetWording.Render(target with { Recurrence = Recurrence.PerYear }, null));
    }

    [Fact]
    public void The_targets_own_period_wins_over_the_validity()
    {
        var target = Quantitative(Comparator.Exactly, 2m, Recurrence.Once, new LocalizedText("trygghetsvandringar")) with
        {
            Period = new DateInterval(new LocalDate(2024, 8, 1), new LocalDate(2024, 12, 31)),
        };

        Assert.Equal("exakt 2 trygghetsvandringar under perioden 2024-08-01–2024-12-31", TargetWording.Render(target, Year2024));
    }

    [Fact]
    public void A_unit_missing_in_English_is_written_in_Swedish()
    {
        var target = Quantitative(Comparator.AtLeast, 2m, Recurrence.Once, new LocalizedText("medborgardialoger"));

        Assert.Equal("at least 2 medborgardialoger in 2024", TargetWording.Render(target, Year2024, "en"));
    }

    [Fact]
    public void A_qualitative_target_is_its_text_in_the_language_or_Swedish()
    {
        var target = new Target { Id = "t", Kind = TargetKind.Qualitative, Text = new LocalizedText("startar ett råd", "starts a council") };

        Assert.Equal("startar ett råd", TargetWording.Render(target, Year2024));
        Assert.Equal("starts a council", TargetWording.Render(target, Year2024, "en"));
        Assert.Equal("startar", TargetWording.Render(target with { Text = new LocalizedText("startar") }, Year2024, "en"));
    }

    [Fact]
    public void Other_languages_are_refused()
    {
        var target = Quantitative(Comparator.AtLeast, 2m, Recurrence.Once, new LocalizedText("x"));

        Assert.Throws<ArgumentException>(() => TargetWording.Render(target, Year2024, "fi"));
    }

    private static Target Quantitative(Comparator comparator, decimal value, Recurrence recurrence, LocalizedText unit) => new()
    {
        Id = "t1",
        Kind = TargetKind.Quantitative,
        Comparator = comparator,
        Value = value,
        Unit = unit,
        Recurrence = recurrence,
    };
}
