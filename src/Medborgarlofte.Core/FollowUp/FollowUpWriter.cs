using System.Text.Json;
using static Medborgarlofte.Json.WriteHelpers;

namespace Medborgarlofte.FollowUp;

/// <summary>Writes a <see cref="FollowUpDocument"/> canonically, in the property order of the format description.</summary>
internal static class FollowUpWriter
{
    internal static void Write(Utf8JsonWriter w, FollowUpDocument d)
    {
        w.WriteStartObject();
        w.WriteString("formatVersion", d.FormatVersion);
        w.WriteString("id", d.Id);
        w.WriteStartObject("agreement");
        w.WriteString("id", d.Agreement.Id);
        Integer(w, "revision", d.Agreement.Revision);
        w.WriteEndObject();
        Date(w, "asOf", d.AsOf);
        Strings(w, "reportedBy", d.ReportedBy);
        if (d.Illustrative)
        {
            w.WriteBoolean("illustrative", true);
        }

        Localized(w, "note", d.Note);
        Array(w, "commitments", d.Commitments, static (w, c) =>
        {
            w.WriteStartObject();
            w.WriteString("commitment", c.Commitment);
            Enum(w, "status", c.Status, FollowUpCodes.CommitmentStatuses);
            Localized(w, "comment", c.Comment);
            w.WriteEndObject();
        });
        Array(w, "observations", d.Observations, static (w, o) =>
        {
            w.WriteStartObject();
            w.WriteString("target", o.Target);
            Date(w, "date", o.Date);
            Interval(w, "period", o.Period);
            w.WriteNumber("value", o.Value);
            Localized(w, "note", o.Note);
            String(w, "evidence", o.Evidence);
            w.WriteEndObject();
        });
        Array(w, "indicatorObservations", d.IndicatorObservations, static (w, o) =>
        {
            w.WriteStartObject();
            w.WriteString("goal", o.Goal);
            w.WriteNumber("value", o.Value);
            w.WriteNumber("year", o.Year);
            String(w, "source", o.Source);
            Localized(w, "note", o.Note);
            w.WriteEndObject();
        });
        Extensions(w, d.Extensions);
        w.WriteEndObject();
    }
}
