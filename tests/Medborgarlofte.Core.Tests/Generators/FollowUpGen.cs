using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using NodaTime;
using static Medborgarlofte.Tests.Generators.GenParts;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// Valid follow-up documents covering the whole follow-up model, each made for an agreement so that
/// it passes <see cref="FollowUpValidator"/>: it names the agreement and its revision, reports only
/// declared parties, commitments (each once) and goals, observes only quantitative targets, and dates
/// every observation inside the validity and on or before its as-of date.
/// </summary>
public static class FollowUpGen
{
    /// <summary>Gets an agreement and a valid follow-up of it.</summary>
    public static Gen<(Agreement Agreement, FollowUpDocument FollowUp)> Pair { get; } =
        from agreement in AgreementGen.Agreement
        from followUp in For(agreement)
        select (agreement, followUp);

    /// <summary>Gets a valid follow-up document (of some generated agreement).</summary>
    public static Gen<FollowUpDocument> Document { get; } = Pair.Select(pair => pair.FollowUp);

    /// <summary>Gets a valid follow-up of <paramref name="agreement"/>.</summary>
    public static Gen<FollowUpDocument> For(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var validity = agreement.Validity;
        var horizon = validity.End is { } end ? Period.DaysBetween(validity.Start, end) : 1500;
        var partyIds = agreement.Parties.AsSpan().ToArray().Select(p => p.Id).ToArray();
        var commitmentIds = agreement.Commitments.AsSpan().ToArray().Select(c => c.Id).ToArray();
        var quantitative = agreement.Commitments.AsSpan().ToArray().SelectMany(c => c.Targets).Where(t => t.Kind == TargetKind.Quantitative).Select(t => t.Id).ToArray();
        var goalIds = agreement.Goals.AsSpan().ToArray().Select(g => g.Id).ToArray();

        return from id in Id
               from asOfDay in Gen.Choose(0, horizon)
               let asOf = validity.Start.PlusDays(asOfDay)
               from reportedBy in ReferencesTo(partyIds, 3)
               from illustrative in Gen.Elements(false, true)
               from note in OrNull(TextGen.Localized)
               from reported in Gen.SubListOf(commitmentIds)
               from progress in Gen.CollectToArray(reported, commitment => Progress(commitment))
               from observations in quantitative.Length == 0
                   ? Gen.Constant(Array.Empty<TargetObservation>())
                   : from count in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 8)))
                     from items in Gen.ArrayOf(Observation(quantitative, validity.Start, asOfDay), count)
                     select items
               from indicators in goalIds.Length == 0
                   ? Gen.Constant(Array.Empty<IndicatorObservation>())
                   : from count in Gen.Choose(0, 3)
                     from items in Gen.ArrayOf(IndicatorObservation(goalIds), count)
                     select items
               from extensions in JsonGen.Extensions
               select new FollowUpDocument
               {
                   Id = id,
                   Agreement = new DocumentReference { Id = agreement.Id, Revision = agreement.Revision.Number },
                   AsOf = asOf,
                   ReportedBy = reportedBy,
                   Illustrative = illustrative,
                   Note = note,
                   Commitments = progress,
                   Observations = observations,
                   IndicatorObservations = indicators,
                   Extensions = extensions,
               };
    }

    private static Gen<CommitmentProgress> Progress(string commitment) =>
        from status in Enum<CommitmentStatus>()
        from comment in OrNull(TextGen.Localized)
        select new CommitmentProgress { Commitment = commitment, Status = status, Comment = comment };

    /// <summary>An observation dated (or whose period lies) between the validity's start and the as-of date.</summary>
    private static Gen<TargetObservation> Observation(string[] targets, LocalDate start, int asOfDay) =>
        from target in Gen.Elements(targets)
        from first in Gen.Choose(0, asOfDay)
        from last in Gen.Choose(first, asOfDay)
        from single in Gen.Elements(true, false)
        from value in Gen.Frequency(
            (6, Gen.Choose(0, 10).Select(n => (decimal)n)),
            (2, Gen.Choose(1, 1000).Select(n => n / 4m)),
            (1, Gen.Elements(0.0m, 1.50m, 1000000m)))
        from note in OrNull(TextGen.Localized)
        from evidence in OrNull(TextGen.Url)
        select single
            ? new TargetObservation { Target = target, Date = start.PlusDays(last), Value = value, Note = note, Evidence = evidence }
            : new TargetObservation { Target = target, Period = new DateInterval(start.PlusDays(first), start.PlusDays(last)), Value = value, Note = note, Evidence = evidence };

    private static Gen<IndicatorObservation> IndicatorObservation(string[] goals) =>
        from goal in Gen.Elements(goals)
        from value in AgreementGen.AnyNumber
        from year in AgreementGen.Year
        from source in OrNull(Gen.Elements(CodeLists.SourceTypes.Select(code => code.Value)))
        from note in OrNull(TextGen.Localized)
        select new IndicatorObservation { Goal = goal, Value = value, Year = year, Source = source, Note = note };
}
