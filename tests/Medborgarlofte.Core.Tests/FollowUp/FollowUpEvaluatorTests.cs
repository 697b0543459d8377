using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

public sealed class FollowUpEvaluatorTests
{
    private static readonly Validity Year2019To2020 = new() { Start = new LocalDate(2019, 1, 1), End = new LocalDate(2020, 12, 31) };

    [Fact]
    public void Kungsbacka_traffic_checks_by_2019_07_01_are_26_expected_and_19_recorded()
    {
        var evaluation = FollowUpEvaluator.Evaluate(ExampleFiles.Load("kungsbacka-2019-2020"), FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07"), new LocalDate(2019, 7, 1));

        var traffic = evaluation.PriorityAreas.SelectMany(a => a.Commitments).Single(c => c.Commitment.Number == "3.2").Targets.Single();

        Assert.Equal(26m, traffic.Expected);
        Assert.Equal(19m, traffic.Recorded);
        Assert.Equal(104m, traffic.ExpectedInPeriod);
        Assert.Equal(TargetState.Behind, traffic.State);
        Assert.Equal("minst en trafikkontroll per vecka från 2019-01-01: 26 väntade till 2019-07-01, 19 rapporterade", traffic.Explanation.Swedish);
        Assert.Equal("minst en trafikkontroll per vecka from 2019-01-01: 26 expected by 2019-07-01, 19 recorded", traffic.Explanation.English);
    }

    [Fact]
    public void States_roll_up_per_commitment_area_and_agreement()
    {
        var evaluation = FollowUpEvaluator.Evaluate(ExampleFiles.Load("kungsbacka-2019-2020"), FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07"), new LocalDate(2019, 7, 1));

        Assert.Equal(4, evaluation.PriorityAreas.Count);
        Assert.Equal([TargetState.Met, TargetState.OnTrack, TargetState.Behind, TargetState.OnTrack], evaluation.PriorityAreas.Select(a => a.State));
        Assert.Equal(new StateCounts(2, 2, 1, 0, 0), evaluation.Counts);
        Assert.Equal(TargetState.Behind, evaluation.State);
        Assert.True(evaluation.Illustrative);
        var c11 = evaluation.PriorityAreas[0].Commitments[0];
        Assert.Equal(CommitmentStatus.Ongoing, c11.ReportedStatus);
        Assert.Equal(TargetState.NotApplicable, c11.State);
    }

    [Fact]
    public void Commitments_without_an_existing_area_come_last_in_document_order()
    {
        var example = ExampleFiles.Load("kungsbacka-2019-2020");
        var first = example.PriorityAreas[0].Id;
        string?[] areas = ["saknas-x", null, "saknas-y", "saknas-x", first];
        var agreement = example with
        {
            Commitments = [.. example.Commitments.Take(areas.Length).Select((c, i) => c with { PriorityArea = areas[i] })],
        };

        var evaluation = FollowUpEvaluator.Evaluate(agreement, FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07"), new LocalDate(2019, 7, 1));

        Assert.Equal([.. example.PriorityAreas.Select(a => a.Id), null], evaluation.PriorityAreas.Select(a => a.PriorityArea?.Id));
        Assert.Equal([agreement.Commitments[4]], evaluation.PriorityAreas[0].Commitments.Select(c => c.Commitment));
        Assert.All(evaluation.PriorityAreas.Skip(1).SkipLast(1), a => Assert.Empty(a.Commitments));
        Assert.Equal(agreement.Commitments.Take(4), evaluation.PriorityAreas[^1].Commitments.Select(c => c.Commitment));
    }

    [Fact]
    public void Bastad_at_the_end_of_2024_has_met_and_not_met_targets_and_qualitative_ones()
    {
        var evaluation = FollowUpEvaluator.Evaluate(ExampleFiles.Load("bastad-2024"), FollowUpExampleFiles.Load("bastad-2024-uppfoljning-2024"), new LocalDate(2024, 12, 31));

        var targets = evaluation.PriorityAreas.SelectMany(a => a.Commitments).SelectMany(c => c.Targets).ToDictionary(t => t.Target.Id, t => t.State);

        Assert.Equal(TargetState.Met, targets["t5"]);
        Assert.Equal(TargetState.NotMet, targets["t11"]);
        Assert.Equal(TargetState.Met, targets["t14"]);
        Assert.Equal(TargetState.NotApplicable, targets["t1"]);
        Assert.Equal(TargetState.NotMet, evaluation.State);
    }

    [Fact]
    public void Without_a_date_the_clock_gives_today_in_Sweden()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");
        var followUp = FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07");

        // 23:30 UTC on 30 June is already 1 July in Sweden.
        var clock = new FixedClock(Instant.FromUtc(2019, 6, 30, 23, 30));
        var evaluation = FollowUpEvaluator.Evaluate(agreement, followUp, clock);

        Assert.Equal(new LocalDate(2019, 7, 1), evaluation.AsOf);
    }

    [Fact]
    public void An_open_ended_validity_counts_up_to_the_date_and_is_never_over()
    {
        var openEnded = new Validity { Start = new LocalDate(2024, 1, 1) };
        var weekly = Quantitative(Comparator.AtLeast, 1, Recurrence.PerWeek);

        var evaluation = FollowUpEvaluator.EvaluateTarget(openEnded, weekly, [Observe(new LocalDate(2024, 1, 3), 2)], new LocalDate(2024, 1, 14));

        Assert.Equal(2m, evaluation.Expected);
        Assert.Null(evaluation.ExpectedInPeriod);
        Assert.Null(evaluation.PeriodEnd);
        Assert.Equal(TargetState.OnTrack, evaluation.State);
    }

    [Fact]
    public void A_four_month_promise_is_met_or_not_at_its_end()
    {
        var fourMonths = new Validity { Start = new LocalDate(2024, 9, 1), End = new LocalDate(2024, 12, 31) };
        var monthly = Quantitative(Comparator.AtLeast, 2, Recurrence.PerMonth);
        TargetObservation[] seven = [Observe(new LocalDate(2024, 9, 10), 4), Observe(new LocalDate(2024, 11, 10), 3)];

        var atEnd = FollowUpEvaluator.EvaluateTarget(fourMonths, monthly, seven, new LocalDate(2025, 1, 15));
        var withOneMore = FollowUpEvaluator.EvaluateTarget(fourMonths, monthly, [.. seven, Observe(new LocalDate(2024, 12, 1), 1)], new LocalDate(2025, 1, 15));

        Assert.Equal((8m, 7m, TargetState.NotMet), (atEnd.Expected, atEnd.Recorded, atEnd.State));
        Assert.Equal(TargetState.Met, withOneMore.State);
    }

    [Fact]
    public void Observations_outside_the_period_or_after_the_date_do_not_count()
    {
        var target = Quantitative(Comparator.AtLeast, 1, Recurrence.Once) with { Period = new DateInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 31)) };
        TargetObservation[] observations =
        [
            Observe(new LocalDate(2019, 2, 28), 5),
            Observe(new LocalDate(2019, 4, 1), 5),
            new TargetObservation { Target = "t", Period = new DateInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 20)), Value = 1 },
        ];

        var early = FollowUpEvaluator.EvaluateTarget(Year2019To2020, target, observations, new LocalDate(2019, 3, 19));
        var late = FollowUpEvaluator.EvaluateTarget(Year2019To2020, target, observations, new LocalDate(2019, 3, 20));

        Assert.Equal(0m, early.Recorded);
        Assert.Equal(1m, late.Recorded);
        Assert.Equal(TargetState.Met, late.State);
    }

    [Fact]
    public void An_upper_bound_passed_is_not_met_at_once()
    {
        var atMost = Quantitative(Comparator.AtMost, 3, Recurrence.Once);

        var evaluation = FollowUpEvaluator.EvaluateTarget(Year2019To2020, atMost, [Observe(new LocalDate(2019, 5, 1), 4)], new LocalDate(2019, 6, 1));

        Assert.Equal(TargetState.NotMet, evaluation.State);
    }

    [Fact]
    public void A_qualitative_target_is_not_applicable()
    {
        var qualitative = new Target { Id = "q", Kind = TargetKind.Qualitative, Text = new LocalizedText("starta ett råd") };

        var evaluation = FollowUpEvaluator.EvaluateTarget(Year2019To2020, qualitative, null, new LocalDate(2019, 6, 1));

        Assert.Equal(TargetState.NotApplicable, evaluation.State);
        Assert.StartsWith("starta ett råd", evaluation.Explanation.Swedish, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_past_decimal_s_range_are_held_at_its_end_without_an_exception()
    {
        // Valid documents: a value of 10^28 a week is allowed, and two observations near decimal.MaxValue add up past it.
        var huge = Quantitative(Comparator.AtLeast, 10_000_000_000_000_000_000_000_000_000m, Recurrence.PerWeek);
        TargetObservation[] observations = [Observe(new LocalDate(2019, 2, 1), decimal.MaxValue), Observe(new LocalDate(2019, 3, 1), decimal.MaxValue / 2)];
        TargetEvaluation? evaluation = null;

        var thrown = FirstChanceExceptions.During(() => evaluation = FollowUpEvaluator.EvaluateTarget(Year2019To2020, huge, observations, new LocalDate(2019, 6, 1)));

        Assert.NotNull(evaluation);
        Assert.Equal(decimal.MaxValue, evaluation.Recorded);
        Assert.Equal(decimal.MaxValue, evaluation.Expected);
        Assert.Equal(decimal.MaxValue, evaluation.ExpectedInPeriod);
        Assert.Equal(0, thrown);
    }

    internal static Target Quantitative(Comparator comparator, decimal value, Recurrence recurrence) =>
        new() { Id = "t", Kind = TargetKind.Quantitative, Comparator = comparator, Value = value, Unit = new LocalizedText("kontroller"), Recurrence = recurrence };

    internal static TargetObservation Observe(LocalDate date, decimal value) => new() { Target = "t", Date = date, Value = value };
}
