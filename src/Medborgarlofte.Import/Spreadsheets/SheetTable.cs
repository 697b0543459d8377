using System.Collections.Generic;
using System.Linq;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// One sheet of the template with its columns found by their headings. A cell under no known heading is a value
/// in the wrong cell (MI3007): reported, never dropped in silence.
/// </summary>
internal sealed class SheetTable
{
    private readonly Dictionary<string, int> _columns;

    private SheetTable(GridSheet sheet, Dictionary<string, int> columns, IReadOnlyList<GridRow> rows)
    {
        Sheet = sheet;
        _columns = columns;
        Rows = rows;
    }

    internal GridSheet Sheet { get; }

    /// <summary>Gets the rows below the heading row.</summary>
    internal IReadOnlyList<GridRow> Rows { get; }

    /// <summary>The sheet's table, or <see langword="null"/> (with MI3011) when a heading it needs is missing.</summary>
    internal static SheetTable? Open(GridSheet sheet, string layout, IReadOnlyList<string> required, List<SheetDiagnostic> diagnostics)
    {
        var headings = SheetLayout.Headings(layout);
        var columns = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var header = sheet.Rows.Count > 0 ? sheet.Rows[0] : null;
        foreach (var (column, cell) in header?.Cells.OrderBy(c => c.Key) ?? Enumerable.Empty<KeyValuePair<int, GridCell>>())
        {
            if (headings.FirstOrDefault(h => SheetLayout.Names(cell.Text, h)) is { } heading && !columns.ContainsKey(heading))
            {
                columns[heading] = column;
            }
        }

        var missing = required.Where(h => !columns.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => "\"" + m + "\""));
            diagnostics.Add(new SheetDiagnostic(SheetDiagnostics.Error(ImportCodes.NotAFollowUpSheet,
                $"Bladet {sheet.Name} saknar kolumnrubriken {names} på första raden; skapa bladet med followup-template.",
                $"The sheet {sheet.Name} lacks the column heading {names} on its first row; make the sheet with followup-template."), header?.At ?? sheet.At));
            return null;
        }

        var rows = sheet.Rows.Skip(1).ToList();
        var known = columns.Values.ToHashSet();
        foreach (var row in rows)
        {
            foreach (var (column, cell) in row.Cells.OrderBy(c => c.Key))
            {
                if (!known.Contains(column))
                {
                    diagnostics.Add(new SheetDiagnostic(SheetDiagnostics.Error(ImportCodes.CellOutsideTable,
                        $"Ett värde i en kolumn utan känd rubrik ({cell.Text.Trim()}); skriv det i mallens kolumner.",
                        $"A value in a column without a known heading ({cell.Text.Trim()}); write it in the template's columns."), cell.At));
                }
            }
        }

        return new SheetTable(sheet, columns, rows);
    }

    /// <summary>The row's cell under a heading, or <see langword="null"/> when it is empty or the sheet has no such column.</summary>
    internal GridCell? Cell(GridRow row, string heading) =>
        _columns.TryGetValue(heading, out var column) && row.Cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>Whether the row has something under any of the headings.</summary>
    internal bool HasAny(GridRow row, params string[] headings) => headings.Any(h => Cell(row, h) is not null);
}
