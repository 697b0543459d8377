using System.Text.Json;
using Medborgarlofte.Json.Parsed;
using Medborgarlofte.Collections;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Text;
using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>Reads a <see cref="FollowUpDocument"/> as strictly as an agreement is read.</summary>
internal static class FollowUpReader
{
    internal static FollowUpDocument? Read(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? formatVersion = null, id = null;
        DocumentReference? agreement = null;
        LocalDate? asOf = null;
        EquatableArray<string> reportedBy = default;
        bool? illustrative = null;
        LocalizedText? note = null;
        EquatableArray<CommitmentProgress> commitments = default;
        EquatableArray<TargetObservation> observations = default;
        EquatableArray<IndicatorObservation> indicatorObservations = default;
        var extensions = ExtensionData.Empty;
        bool hasFormatVersion = false, hasId = false, hasAgreement = false, hasAsOf = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            var v = p.Value;
            switch (pn)
            {
                case "formatVersion": hasFormatVersion = true; formatVersion = c.FormatVersion(v); break;
                case "id": hasId = true; id = c.String(v); break;
                case "agreement": hasAgreement = true; agreement = ReadAgreementReference(v, c); break;
                case "asOf": hasAsOf = true; asOf = c.Date(v); break;
                case "reportedBy": reportedBy = c.Strings(v); break;
                case "illustrative": illustrative = c.Boolean(v); break;
                case "note": note = c.Text(v); break;
                case "commitments": commitments = c.Array(v, ReadCommitmentProgress); break;
                case "observations": observations = c.Array(v, ReadTargetObservation); break;
                case "indicatorObservations": indicatorObservations = c.Array(v, ReadIndicatorObservation); break;
                case "extensions": extensions = c.Extensions(v); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        var complete = c.Require(hasFormatVersion, "formatVersion") & c.Require(hasId, "id") & c.Require(hasAgreement, "agreement") & c.Require(hasAsOf, "asOf");
        if (!complete || formatVersion is null || id is null || agreement is null || asOf is null)
        {
            return null;
        }

        return new FollowUpDocument
        {
            FormatVersion = formatVersion,
            Id = id,
            Agreement = agreement,
            AsOf = asOf.Value,
            ReportedBy = reportedBy,
            Illustrative = illustrative ?? false,
            Note = note,
            Commitments = commitments,
            Observations = observations,
            IndicatorObservations = indicatorObservations,
            Extensions = extensions,
        };
    }

    private static DocumentReference? ReadAgreementReference(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? id = null;
        int? revision = null;
        bool hasId = false, hasRevision = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "id": hasId = true; id = c.String(p.Value); break;
                case "revision": hasRevision = true; revision = c.Integer(p.Value, 1, int.MaxValue); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        // A follow-up reports on one revision: the revision is required here.
        return (c.Require(hasId, "id") & c.Require(hasRevision, "revision")) && id is not null && revision is not null
            ? new DocumentReference { Id = id, Revision = revision }
            : null;
    }

    private static CommitmentProgress? ReadCommitmentProgress(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? commitment = null;
        CommitmentStatus? status = null;
        LocalizedText? comment = null;
        bool hasCommitment = false, hasStatus = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "commitment": hasCommitment = true; commitment = c.String(p.Value); break;
                case "status": hasStatus = true; status = c.Enum(p.Value, FollowUpCodes.CommitmentStatuses); break;
                case "comment": comment = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasCommitment, "commitment") & c.Require(hasStatus, "status")) && commitment is not null && status is not null
            ? new CommitmentProgress { Commitment = commitment, Status = status.Value, Comment = comment }
            : null;
    }

    private static TargetObservation? ReadTargetObservation(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? target = null, evidence = null;
        LocalDate? date = null;
        DateInterval? period = null;
        decimal? value = null;
        LocalizedText? note = null;
        bool hasTarget = false, hasValue = false, hasDate = false, hasPeriod = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "target": hasTarget = true; target = c.String(p.Value); break;
                case "date": hasDate = true; date = c.Date(p.Value); break;
                case "period": hasPeriod = true; period = c.Interval(p.Value); break;
                case "value": hasValue = true; value = ReadNonNegative(p.Value, c); break;
                case "note": note = c.Text(p.Value); break;
                case "evidence": evidence = c.String(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        if (hasDate == hasPeriod)
        {
            c.Report(DiagnosticCodes.ExclusiveProperties, "En observation har antingen \"date\" eller \"period\", inte båda och inte ingen.", "An observation has either \"date\" or \"period\", not both and not neither.");
            return null;
        }

        return (c.Require(hasTarget, "target") & c.Require(hasValue, "value")) && target is not null && value is not null && (date is not null || period is not null)
            ? new TargetObservation { Target = target, Date = date, Period = period, Value = value.Value, Note = note, Evidence = evidence }
            : null;
    }

    private static IndicatorObservation? ReadIndicatorObservation(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        string? goal = null, source = null;
        decimal? value = null;
        int? year = null;
        LocalizedText? note = null;
        bool hasGoal = false, hasValue = false, hasYear = false;
        foreach (var p in element.EnumerateObject())
        {
            var pn = PropertyNames.Of(p);
            c.Push(pn);
            switch (pn)
            {
                case "goal": hasGoal = true; goal = c.String(p.Value); break;
                case "value": hasValue = true; value = c.Number(p.Value); break;
                case "year": hasYear = true; year = c.Integer(p.Value, 1900, 9999); break;
                case "source": source = c.String(p.Value); break;
                case "note": note = c.Text(p.Value); break;
                default: c.UnknownProperty(pn); break;
            }

            c.Pop();
        }

        return (c.Require(hasGoal, "goal") & c.Require(hasValue, "value") & c.Require(hasYear, "year")) && goal is not null && value is not null && year is not null
            ? new IndicatorObservation { Goal = goal, Value = value.Value, Year = year.Value, Source = source, Note = note }
            : null;
    }

    private static decimal? ReadNonNegative(TapeElement element, ReadContext c)
    {
        var value = c.Number(element);
        if (value is < 0)
        {
            c.Report(DiagnosticCodes.InvalidNumber, "Ett observerat antal kan inte vara negativt.", "An observed count cannot be negative.");
            return null;
        }

        return value;
    }
}
