using System.Collections.Generic;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// One sheet of a follow-up spreadsheet as read, the neutral form both the workbook and the CSV reader give, so the
/// mapping to a follow-up does not care where the cells came from. The first row is the heading row.
/// </summary>
internal sealed record GridSheet(string Name, SheetCell At, IReadOnlyList<GridRow> Rows);
