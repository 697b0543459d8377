using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

/// <summary>
/// Issue #27: date arithmetic at the ends of the calendar (years 1 and 9999) and any <see langword="decimal"/> the
/// reader accepts give a correct answer or a diagnostic, never an exception, through the follow-up evaluation,
/// validation, both readers and writers, and every renderer (the document, the follow-up report, the chart, the diff).
/// </summary>
public sealed class ExtremeValueProperties
{
    private static readonly string[] Languages = ["sv", "en"];
    private static readonly LocalDate First = new(1, 1, 1);
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;

    private static readonly Gen<LocalDate> ExtremeDate = Gen.Frequency(
        (3, Gen.Elements(First, new LocalDate(1, 1, 2), new LocalDate(1, 12, 31), new LocalDate(9998, 12, 31), new LocalDate(9999, 1, 1), new LocalDate(9999, 2, 28), new LocalDate(9999, 6, 1), new LocalDate(9999, 12, 1), new LocalDate(9999, 12, 30), Last)),
        (1, Gen.Choose(0, Period.DaysBetween(First, Last)).Select(days => First.PlusDays(days))));

    private static readonly Gen<decimal> ExtremeValue = Gen.Elements(
        decimal.MaxValue, decimal.MinValue, decimal.MaxValue - 1, -1e25m, 1e25m, 0m, 0.0m, 1m, 2.0m, 0.0000000000000000000000000001m,
        -0.0000000000000000000000000001m, 7.9228162514264337593543950335m, 123456789012345678.9012345678m);

    private static readonly Gen<Recurrence> AnyRecurrence = Gen.Elements(Recurrence.Once, Recurrence.PerWeek, Recurrence.PerMonth, Recurrence.PerSchoolTerm, Recurrence.PerYear);

    private static readonly Gen<Case> Cases =
        from pair in FollowUpGen.Pair
        from a in ExtremeDate
        from b in ExtremeDate
        from openEnded in Gen.Elements(false, false, true)
        from comparator in Gen.Elements(Comparator.AtLeast, Comparator.AtMost, Comparator.Exactly)
        from recurrence in AnyRecurrence
        from value in ExtremeValue
        from withPeriod in Gen.Elements(false, true)
        from asOf in ExtremeDate
        from observations in Gen.ListOf(Gen.Zip(ExtremeDate, ExtremeValue))
        select Case.Make(pair.Agreement, pair.FollowUp, Min(a, b), openEnded ? null : Max(a, b), comparator, recurrence, value, withPeriod, asOf, [.. observations.Select(o => (o.Item1, o.Item2))]);

    [SeededProperty(400, salt: 2701)]
    public Property Extreme_dates_and_values_evaluate_validate_and_render_without_throwing() => Prop.ForAll(
        Cases.ToArbitrary(),
        c =>
        {
            foreach (var day in new[] { c.FollowUp.AsOf, Last, First, c.Agreement.Validity.Start })
            {
                var evaluation = FollowUpEvaluator.Evaluate(c.Agreement, c.FollowUp, day);
                AssertCorrect(c, evaluation, day);
                Assert.NotEmpty(FollowUpMarkdownRenderer.Render(evaluation, "framsteg.svg"));
                Assert.StartsWith("<svg", ProgressChart.Render(evaluation), StringComparison.Ordinal);
                AgreementValidator.Validate(c.Agreement, new ValidationOptions { AsOf = day });
            }

            FollowUpValidator.Validate(c.FollowUp, c.Agreement);
            foreach (var language in Languages)
            {
                MarkdownRenderer.Render(c.Agreement, new RenderOptions { Language = language });
                HtmlRenderer.Render(c.Agreement, new RenderOptions { Language = language });
            }

            var diff = AgreementComparer.Compare(c.Original, c.Agreement);
            DiffMarkdownRenderer.Render(diff);
            AgreementDiffJson.Write(diff);

            // Through the bytes: what is written reads back equal or with an error that says why, and validates.
            var agreementBytes = AgreementJson.WriteToUtf8Bytes(c.Agreement);
            var agreementRead = AgreementJson.Read(agreementBytes);
            Assert.True(agreementRead.Value == c.Agreement || agreementRead.Diagnostics.Any(d => d.Severity == Medborgarlofte.DiagnosticSeverity.Error));
            var followUpBytes = FollowUpJson.WriteToUtf8Bytes(c.FollowUp);
            var followUpRead = FollowUpJson.Read(followUpBytes);
            Assert.True(followUpRead.Value == c.FollowUp || followUpRead.Diagnostics.Any(d => d.Severity == Medborgarlofte.DiagnosticSeverity.Error));
            AgreementValidator.Validate(agreementBytes, new ValidationOptions { AsOf = c.FollowUp.AsOf });
            FollowUpValidator.Validate(followUpBytes, c.Agreement);
        });

    [SeededProperty(2000, salt: 2702)]
    public Property Counting_to_9999_12_31_is_counting_to_9599_12_31_from_400_years_earlier() => Prop.ForAll(
        (from start in ExtremeDate
         from recurrence in AnyRecurrence
         select (start, recurrence)).ToArbitrary(),
        c =>
        {
            // The Gregorian calendar repeats every 400 years, and 9599-12-31 has a day after it.
            var units = TargetCalendar.UnitsElapsed(c.recurrence, c.start, Last, Last);
            var shifted = TargetCalendar.UnitsElapsed(c.recurrence, c.start.PlusYears(-400), Last.PlusYears(-400), Last.PlusYears(-400));
            Assert.Equal(shifted, units);
            var dayBefore = TargetCalendar.UnitsElapsed(c.recurrence, c.start, Last.PlusDays(-1), Last);
            Assert.InRange(units - dayBefore, 0, 1);
        });

    private static void AssertCorrect(Case c, AgreementEvaluation evaluation, LocalDate day)
    {
        var target = evaluation.PriorityAreas.SelectMany(a => a.Commitments).SelectMany(m => m.Targets).Single(t => t.Target.Id == Case.TargetId);
        var start = c.Target.Period?.Start ?? c.Agreement.Validity.Start;
        var end = c.Target.Period?.End ?? c.Agreement.Validity.End;
        var through = end is { } e && e < day ? e : day;
        var units = TargetCalendar.UnitsElapsed(c.Target.Recurrence!.Value, start, through, end);
        Assert.Equal(Saturated(() => c.Target.Value!.Value * units, c.Target.Value!.Value, units), target.Expected);
    }

    private static decimal Saturated(Func<decimal> product, decimal value, int units)
    {
        try
        {
            return product();
        }
        catch (OverflowException)
        {
            return (value < 0) != (units < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a < b ? b : a;

    /// <summary>A generated agreement and follow-up moved to extreme dates, with one more target of extreme value observed at extreme dates.</summary>
    internal sealed record Case(Agreement Original, Agreement Agreement, FollowUpDocument FollowUp, Target Target)
    {
        internal const string TargetId = "extrem-27";

        internal static Case Make(Agreement agreement, FollowUpDocument followUp, LocalDate start, LocalDate? end, Comparator comparator, Recurrence recurrence, decimal value, bool withPeriod, LocalDate asOf, (LocalDate Date, decimal Value)[] observations)
        {
            var target = new Target
            {
                Id = TargetId,
                Kind = TargetKind.Quantitative,
                Comparator = comparator,
                Value = value,
                Recurrence = recurrence,
                Period = withPeriod ? new DateInterval(start, end ?? Last) : null,
            };
            // The target joins the first commitment, or one of its own when the agreement has none.
            var commitments = agreement.Commitments.Count > 0
                ? agreement.Commitments.AsSpan().ToArray()
                : [new Commitment { Id = "c-27", Text = new global::Medborgarlofte.LocalizedText("Extremt löfte", "Extreme commitment") }];
            commitments[0] = commitments[0] with { Targets = [.. commitments[0].Targets.AsSpan().ToArray().Where(t => t.Period is null), target] };
            var moved = agreement with
            {
                Validity = agreement.Validity with { Start = start, End = end },
                Commitments = commitments,
            };
            var observed = followUp with
            {
                AsOf = asOf,
                Observations = [.. observations.Select(o => new TargetObservation { Target = TargetId, Date = o.Date, Value = o.Value })],
            };
            return new Case(agreement, moved, observed, target);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Agreement.Validity.Start}..{Agreement.Validity.End}, {Target.Recurrence} {Target.Comparator} {Target.Value}, as of {FollowUp.AsOf}, {FollowUp.Observations.Count} observations");
    }
}
