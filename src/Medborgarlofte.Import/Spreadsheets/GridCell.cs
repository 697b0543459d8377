namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>One non-empty cell read from a workbook or a CSV file: its place, its kind and its text (a number in invariant digits).</summary>
internal sealed record GridCell(SheetCell At, CellKind Kind, string Text);
