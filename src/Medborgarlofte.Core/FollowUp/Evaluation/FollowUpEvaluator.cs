using System;
using System.Collections.Generic;
using System.Globalization;
using Medborgarlofte.Internal;
using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Answers "is this target met?" for every target of an agreement on a date, from the
/// observations of a follow-up, and rolls the answers up per commitment, priority area and agreement.
/// </summary>
/// <remarks>
/// For a recurring target the expected count is its value times the whole units elapsed
/// (<see cref="TargetCalendar"/>); for a once-in-the-period target the whole value is expected by the
/// end; for a target counted per occurrence of another (<see cref="Target.OccurrenceOf"/>), its value times the
/// other target's observations in this target's period. Counts are compared in total: "at least one a week" is on track when the total recorded is at
/// least the number of whole weeks elapsed. Observations count on their date (or the last day of their
/// period) when that day lies in the target's period and is not after the evaluation date.
/// </remarks>
public static class FollowUpEvaluator
{
    /// <summary>Evaluates on today's date in Sweden, taken from <paramref name="clock"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="followUp">The follow-up with observations.</param>
    /// <param name="clock">The clock; <see cref="SystemClock.Instance"/> when null.</param>
    /// <returns>The evaluation.</returns>
    public static AgreementEvaluation Evaluate(Agreement agreement, FollowUpDocument followUp, IClock? clock = null)
    {
        var today = SwedishDate.Today(clock ?? SystemClock.Instance);
        return Evaluate(agreement, followUp, today);
    }

    /// <summary>Evaluates on <paramref name="asOf"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="followUp">The follow-up with observations.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluation.</returns>
    public static AgreementEvaluation Evaluate(Agreement agreement, FollowUpDocument followUp, LocalDate asOf)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckSound(followUp, nameof(followUp));

        var commitments = agreement.Commitments;
        var targetCount = 0;
        foreach (var commitment in commitments)
        {
            targetCount += commitment.Targets.Count;
        }

        using var observationsByTarget = new ObservationsByTarget(followUp.Observations.AsSpan(), targetCount);
        var statusByCommitment = new Dictionary<string, CommitmentStatus>(followUp.Commitments.Count, StringComparer.Ordinal);
        foreach (var progress in followUp.Commitments)
        {
            statusByCommitment[progress.Commitment] = progress.Status;
        }

        // Each commitment is evaluated once into one array and then placed in its area's array, made at its
        // final size: lists grown per area reallocated on the large-object heap at 10 000 commitments.
        var areaIndex = new Dictionary<string, int>(agreement.PriorityAreas.Count, StringComparer.Ordinal);
        foreach (var area in agreement.PriorityAreas)
        {
            areaIndex.TryAdd(area.Id, areaIndex.Count);
        }

        // Index PriorityAreas.Count collects the commitments without an area, or naming one that does not
        // exist (a rule reports it): they are kept, not dropped.
        var without = agreement.PriorityAreas.Count;
        var evaluations = new CommitmentEvaluation[commitments.Count];
        var areaOf = new int[commitments.Count];
        var sizes = new int[without + 1];
        for (var c = 0; c < commitments.Count; c++)
        {
            var commitment = commitments[c];
            var targets = new TargetEvaluation[commitment.Targets.Count];
            var counts = default(StateTally);
            for (var i = 0; i < targets.Length; i++)
            {
                var target = commitment.Targets[i];
                var occurrences = target.OccurrenceOf is { } of ? observationsByTarget.Of(of) : default;
                targets[i] = EvaluateTarget(agreement.Validity, target, observationsByTarget.Of(target.Id), asOf, occurrences);
                counts.Add(targets[i].State);
            }

            evaluations[c] = new CommitmentEvaluation
            {
                Commitment = commitment,
                ReportedStatus = statusByCommitment.TryGetValue(commitment.Id, out var status) ? status : null,
                Targets = EquatableArray<TargetEvaluation>.TakeOwnership(targets),
                Counts = counts.ToCounts(),
            };
            areaOf[c] = commitment.PriorityArea is { } areaId && areaIndex.TryGetValue(areaId, out var index) ? index : without;
            sizes[areaOf[c]]++;
        }

        var members = new CommitmentEvaluation[sizes.Length][];
        for (var a = 0; a < members.Length; a++)
        {
            members[a] = new CommitmentEvaluation[sizes[a]];
            sizes[a] = 0; // from here, how many are placed
        }

        for (var c = 0; c < evaluations.Length; c++)
        {
            members[areaOf[c]][sizes[areaOf[c]]++] = evaluations[c];
        }

        var areas = new List<PriorityAreaEvaluation>(agreement.PriorityAreas.Count + 1);
        var total = default(StateTally);
        for (var a = 0; a < agreement.PriorityAreas.Count; a++)
        {
            areas.Add(Area(agreement.PriorityAreas[a], members[a], ref total));
        }

        if (members[without].Length > 0)
        {
            areas.Add(Area(null, members[without], ref total));
        }

        return new AgreementEvaluation
        {
            Agreement = agreement,
            AsOf = asOf,
            Illustrative = followUp.Illustrative,
            PriorityAreas = [.. areas],
            Counts = total.ToCounts(),
        };
    }

    /// <summary>Evaluates one target against its observations on a date.</summary>
    /// <param name="validity">The agreement's validity, the default period.</param>
    /// <param name="target">The target.</param>
    /// <param name="observations">Observations of this target (any order); null for none.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluation.</returns>
    public static TargetEvaluation EvaluateTarget(Validity validity, Target target, IReadOnlyList<TargetObservation>? observations, LocalDate asOf)
    {
        var counted = new CountedObservation[observations?.Count ?? 0];
        for (var i = 0; i < counted.Length; i++)
        {
            counted[i] = CountedObservation.Of(observations![i]);
        }

        return EvaluateTarget(validity, target, counted, asOf, default);
    }

    /// <summary>Evaluates one target against its observations (grouped by <see cref="ObservationsByTarget"/>) on a date.</summary>
    /// <remarks>For a target counted per occurrence, <c>occurrences</c> are the observations of the target it counts per.</remarks>
    private static TargetEvaluation EvaluateTarget(Validity validity, Target target, ReadOnlySpan<CountedObservation> observations, LocalDate asOf, ReadOnlySpan<CountedObservation> occurrences)
    {
        Preconditions.CheckNotNull(validity, nameof(validity));
        Preconditions.CheckNotNull(target, nameof(target));
        var start = target.Period?.Start ?? validity.Start;
        var end = target.Period is { } period ? period.End : validity.End;

        if (target.Kind == TargetKind.Qualitative || target.Comparator is not { } comparator || target.Value is not { } value || target.Recurrence is not { } recurrence)
        {
            return NotCounted(target, start, end, "kvalitativt mål, räknas inte", "qualitative target, not counted");
        }

        if (recurrence == Recurrence.PerOccurrence && target.OccurrenceOf is null)
        {
            // "efter varje dialog" with nothing that counts the dialogues: there is no number to expect.
            return NotCounted(target, start, end, "räknas per tillfälle, men inget mål räknar tillfällena", "counted per occurrence, but no target counts the occurrences");
        }

        var through = end is { } e && e < asOf ? e : asOf;
        var recorded = Recorded(observations, start, through);
        decimal expected;
        decimal? inPeriod;
        if (recurrence == Recurrence.PerOccurrence)
        {
            // The whole period calls for what the occurrences so far call for: later ones are not yet known.
            expected = SaturatingMultiply(value, count: Recorded(occurrences, start, through));
            inPeriod = end is { } last && last >= start && asOf >= last ? expected : null;
        }
        else
        {
            expected = SaturatingMultiply(value, TargetCalendar.UnitsElapsed(recurrence, start, through, end));
            inPeriod = end is { } last && last >= start ? SaturatingMultiply(value, TargetCalendar.UnitsElapsed(recurrence, start, last, last)) : null;
        }

        var state = State(comparator, recorded, expected, inPeriod, periodOver: end is { } over && asOf >= over);

        return new TargetEvaluation
        {
            Target = target,
            PeriodStart = start,
            PeriodEnd = end,
            Expected = expected,
            ExpectedInPeriod = inPeriod,
            Recorded = recorded,
            State = state,
            Explanation = Explain(target, start, asOf < start ? start : through, expected, recorded),
        };
    }

    private static decimal Recorded(ReadOnlySpan<CountedObservation> observations, LocalDate start, LocalDate through)
    {
        var recorded = 0m;
        foreach (var observation in observations)
        {
            if (observation.CountsOn is { } day && day >= start && day <= through)
            {
                recorded = SaturatingAdd(recorded, observation.Value);
            }
        }

        return recorded;
    }

    private static TargetEvaluation NotCounted(Target target, LocalDate start, LocalDate? end, string swedish, string english) =>
        new()
        {
            Target = target,
            PeriodStart = start,
            PeriodEnd = end,
            Expected = 0,
            Recorded = 0,
            State = TargetState.NotApplicable,
            Explanation = new LocalizedText($"{Wording(target, sv: true)}: {swedish}.", $"{Wording(target, sv: false)}: {english}."),
        };

    // Held at decimal's range instead of throwing: a valid target of 10^28 a week, or observations that
    // add up past 7.9 × 10^28, still evaluate (as unreachable, or as reached).
    // The range is checked first, so that the exception is left only for the last unit of the range, where the
    // check's own rounding may miss: adding observations in an import job must not throw per target.
    private static decimal SaturatingAdd(decimal a, decimal b)
    {
        if ((a < 0) == (b < 0) && Math.Abs(a) > decimal.MaxValue - Math.Abs(b))
        {
            return a < 0 ? decimal.MinValue : decimal.MaxValue;
        }

        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            // A sum overflows only when both have the same sign.
            return a < 0 ? decimal.MinValue : decimal.MaxValue;
        }
    }

    private static decimal SaturatingMultiply(decimal value, decimal count)
    {
        if (count != 0 && Math.Abs(count) >= 1 && Math.Abs(value) > decimal.MaxValue / Math.Abs(count))
        {
            return (value < 0) != (count < 0) ? decimal.MinValue : decimal.MaxValue;
        }

        try
        {
            return value * count;
        }
        catch (OverflowException)
        {
            return (value < 0) != (count < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    private static decimal SaturatingMultiply(decimal value, int units)
    {
        if (units != 0 && Math.Abs(value) > decimal.MaxValue / Math.Abs((decimal)units))
        {
            return (value < 0) != (units < 0) ? decimal.MinValue : decimal.MaxValue;
        }

        try
        {
            return value * units;
        }
        catch (OverflowException)
        {
            return (value < 0) != (units < 0) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    private static PriorityAreaEvaluation Area(PriorityArea? area, CommitmentEvaluation[] commitments, ref StateTally total)
    {
        var tally = default(StateTally);
        foreach (var commitment in commitments)
        {
            tally.Add(commitment.Counts);
        }

        var counts = tally.ToCounts();
        total.Add(counts);
        return new PriorityAreaEvaluation { PriorityArea = area, Commitments = EquatableArray<CommitmentEvaluation>.TakeOwnership(commitments), Counts = counts };
    }

    private static TargetState State(Comparator comparator, decimal recorded, decimal expected, decimal? inPeriod, bool periodOver)
    {
        if (periodOver)
        {
            return Satisfies(comparator, recorded, inPeriod ?? expected) ? TargetState.Met : TargetState.NotMet;
        }

        return comparator switch
        {
            Comparator.AtLeast when inPeriod is { } whole && recorded >= whole => TargetState.Met,
            Comparator.AtLeast => recorded >= expected ? TargetState.OnTrack : TargetState.Behind,
            // An upper bound already passed cannot be recovered.
            Comparator.AtMost => inPeriod is { } cap && recorded > cap ? TargetState.NotMet : TargetState.OnTrack,
            _ when inPeriod is { } exact && recorded > exact => TargetState.NotMet,
            _ => recorded >= expected ? TargetState.OnTrack : TargetState.Behind,
        };
    }

    /// <summary>Whether a recorded total satisfies a comparator against the total the period calls for.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <param name="recorded">The recorded total.</param>
    /// <param name="required">The total the period calls for.</param>
    /// <returns>Whether the comparator holds.</returns>
    public static bool Satisfies(Comparator comparator, decimal recorded, decimal required) => comparator switch
    {
        Comparator.AtLeast => recorded >= required,
        Comparator.AtMost => recorded <= required,
        _ => recorded == required,
    };

    private static LocalizedText Explain(Target target, LocalDate start, LocalDate through, decimal expected, decimal recorded)
    {
        // The numbers and dates are formatted straight into the texts, with no strings of their own.
        var invariant = CultureInfo.InvariantCulture;
        var s = new IsoDateText(start);
        var t = new IsoDateText(through);
        return new LocalizedText(
            string.Create(invariant, $"{Wording(target, sv: true)} från {s}: {expected} väntade till {t}, {recorded} rapporterade"),
            string.Create(invariant, $"{Wording(target, sv: false)} from {s}: {expected} expected by {t}, {recorded} recorded"));
    }

    /// <summary>The target's published phrase, or one made from its parts.</summary>
    internal static string Wording(Target target, bool sv)
    {
        if (target.Text is { } text)
        {
            return sv ? text.Swedish : text.English ?? text.Swedish;
        }

        var comparator = target.Comparator switch
        {
            Comparator.AtLeast => sv ? "minst" : "at least",
            Comparator.AtMost => sv ? "högst" : "at most",
            Comparator.Exactly => sv ? "exakt" : "exactly",
            _ => string.Empty,
        };
        var recurrence = target.Recurrence switch
        {
            Recurrence.PerWeek => sv ? " per vecka" : " per week",
            Recurrence.PerMonth => sv ? " per månad" : " per month",
            Recurrence.PerQuarter => sv ? " per kvartal" : " per quarter",
            Recurrence.PerSchoolTerm => sv ? " per termin" : " per school term",
            Recurrence.PerYear => sv ? " per år" : " per year",
            _ => string.Empty,
        };
        if (target.Recurrence == Recurrence.PerOccurrence && target.Occurrence is { } occurrence)
        {
            recurrence = " " + (sv ? occurrence.Swedish : occurrence.English ?? occurrence.Swedish);
        }

        // "bör: minst 3 …": a soft target stays soft in the follow-up.
        var modality = target.Modality switch
        {
            Modality.Shall => sv ? "ska: " : "shall: ",
            Modality.Should => sv ? "bör: " : "should: ",
            Modality.StrivesTo => sv ? "strävar efter: " : "strives to: ",
            _ => string.Empty,
        };
        var unit = target.Unit is { } u ? (sv ? u.Swedish : u.English ?? u.Swedish) : string.Empty;
        return modality + $"{comparator} {target.Value?.ToString(CultureInfo.InvariantCulture)} {unit}{recurrence}".Trim();
    }
}
