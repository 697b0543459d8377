using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// The follow-up template of an agreement as tables of text, one per sheet, headings first: what the workbook and the
/// CSV writer both write. The agreement's ids, numbers and published phrases are filled in; the cells for what was
/// done are left empty.
/// </summary>
internal static class TemplateTables
{
    internal static IReadOnlyList<(string Sheet, List<string[]> Rows)> For(Agreement agreement) =>
    [
        (SheetLayout.DocumentSheet, DocumentRows(agreement)),
        (SheetLayout.CommitmentSheet, CommitmentRows(agreement)),
        (SheetLayout.TargetSheet, TargetRows(agreement)),
        (SheetLayout.IndicatorSheet, IndicatorRows(agreement)),
    ];

    /// <summary>The published phrase of a target: its own wording when the agreement has it, else the renderers' wording of its predicate.</summary>
    internal static string Phrase(Target target, Agreement agreement) =>
        target.Text?.Swedish ?? TargetWording.Render(target, agreement.Validity.Interval);

    private static List<string[]> DocumentRows(Agreement agreement) =>
    [
        [SheetLayout.FieldName, SheetLayout.FieldValue],
        [SheetLayout.FormatVersion, agreement.FormatVersion],
        [SheetLayout.Id, agreement.Id + "-uppfoljning"],
        [SheetLayout.Agreement, agreement.Id],
        [SheetLayout.Revision, agreement.Revision.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        [SheetLayout.AsOf, string.Empty],
        [SheetLayout.ReportedBy, string.Join(", ", agreement.Parties.Select(p => p.Id))],
        [SheetLayout.Illustrative, "nej"],
        [SheetLayout.NoteSwedish, string.Empty],
        [SheetLayout.NoteEnglish, string.Empty],
    ];

    private static List<string[]> CommitmentRows(Agreement agreement)
    {
        var rows = new List<string[]> { SheetLayout.Headings(SheetLayout.CommitmentSheet).ToArray() };
        foreach (var c in agreement.Commitments)
        {
            rows.Add([c.Number ?? string.Empty, c.Id, (c.Title ?? c.Text).Swedish, string.Empty, string.Empty, string.Empty]);
        }

        return rows;
    }

    private static List<string[]> TargetRows(Agreement agreement)
    {
        var rows = new List<string[]> { SheetLayout.Headings(SheetLayout.TargetSheet).ToArray() };
        foreach (var c in agreement.Commitments)
        {
            foreach (var t in c.Targets)
            {
                rows.Add([c.Number ?? c.Id, t.Id, Phrase(t, agreement), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
            }
        }

        return rows;
    }

    private static List<string[]> IndicatorRows(Agreement agreement)
    {
        var rows = new List<string[]> { SheetLayout.Headings(SheetLayout.IndicatorSheet).ToArray() };
        foreach (var g in agreement.Goals)
        {
            var text = g.Indicator is { } indicator ? indicator.Name.Swedish : (g.Title ?? g.Effect).Swedish;
            rows.Add([g.Id, text, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
        }

        return rows;
    }
}
