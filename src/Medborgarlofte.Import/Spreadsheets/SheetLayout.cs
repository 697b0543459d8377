using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// The follow-up template's sheets and column headings (Swedish / English), shared by the template's writers and the
/// import, so that what is written is what is read. Columns are found by their heading, not by their place.
/// </summary>
internal static class SheetLayout
{
    internal const string DocumentSheet = "Uppföljning";
    internal const string CommitmentSheet = "Åtaganden";
    internal const string TargetSheet = "Mål";
    internal const string IndicatorSheet = "Indikatorer";

    internal static readonly string[] SheetNames = [DocumentSheet, CommitmentSheet, TargetSheet, IndicatorSheet];

    // Uppföljning: one row per field of the follow-up document as a whole.
    internal const string FieldName = "Fält / Field";
    internal const string FieldValue = "Värde / Value";
    internal const string FormatVersion = "Formatversion / Format version";
    internal const string Id = "Uppföljningens id / Follow-up id";
    internal const string Agreement = "Medborgarlöfte (id) / Agreement (id)";
    internal const string Revision = "Revision";
    internal const string AsOf = "Avstämningsdatum / As of";
    internal const string ReportedBy = "Rapporteras av (parternas id) / Reported by (party ids)";
    internal const string Illustrative = "Illustrativ (ja/nej) / Illustrative (yes/no)";
    internal const string NoteSwedish = "Anteckning (svenska) / Note (Swedish)";
    internal const string NoteEnglish = "Anteckning (engelska) / Note (English)";

    internal static readonly string[] DocumentFields = [FormatVersion, Id, Agreement, Revision, AsOf, ReportedBy, Illustrative, NoteSwedish, NoteEnglish];

    // Åtaganden: one row per commitment, its status and comment.
    internal const string CommitmentNumber = "Nummer / Number";
    internal const string CommitmentId = "Åtagande-id / Commitment id";
    internal const string CommitmentText = "Åtagande / Commitment";
    internal const string Status = "Status";
    internal const string CommentSwedish = "Kommentar (svenska) / Comment (Swedish)";
    internal const string CommentEnglish = "Kommentar (engelska) / Comment (English)";

    // Mål: one row per target; a row more for each further measurement.
    internal const string TargetCommitment = "Åtagande (nummer) / Commitment (number)";
    internal const string TargetId = "Mål-id / Target id";
    internal const string TargetPhrase = "Mål / Target";
    internal const string Date = "Datum / Date";
    internal const string From = "Från / From";
    internal const string To = "Till / To";
    internal const string Value = "Värde / Value";
    internal const string Evidence = "Underlag (länk) / Evidence (link)";

    // Indikatorer: one row per goal; a row more for each further year.
    internal const string GoalId = "Effektmål-id / Goal id";
    internal const string GoalText = "Effektmål / Goal";
    internal const string Year = "År / Year";
    internal const string Source = "Källa (kod) / Source (code)";

    /// <summary>The headings of each sheet, in the template's order (the document sheet's are its two columns).</summary>
    internal static IReadOnlyList<string> Headings(string sheet) => sheet switch
    {
        DocumentSheet => [FieldName, FieldValue],
        CommitmentSheet => [CommitmentNumber, CommitmentId, CommitmentText, Status, CommentSwedish, CommentEnglish],
        TargetSheet => [TargetCommitment, TargetId, TargetPhrase, Date, From, To, Value, NoteSwedish, NoteEnglish, Evidence],
        IndicatorSheet => [GoalId, GoalText, Year, Value, Source, NoteSwedish, NoteEnglish],
        _ => throw new ArgumentOutOfRangeException(nameof(sheet), sheet, "No such sheet."),
    };

    /// <summary>Whether a cell's text is the heading (or field name) asked for: the whole heading, or either language's half.</summary>
    internal static bool Names(string text, string heading)
    {
        var t = text.Trim();
        if (t.Equals(heading, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var slash = heading.IndexOf(" / ", StringComparison.Ordinal);
        return slash > 0 && (t.Equals(heading[..slash], StringComparison.OrdinalIgnoreCase) || t.Equals(heading[(slash + 3)..], StringComparison.OrdinalIgnoreCase));
    }
}
