namespace Medborgarlofte.Import;

/// <summary>A diagnostic of a follow-up spreadsheet with the cell it is about.</summary>
/// <param name="Diagnostic">The diagnostic: an MI3xxx of the sheet, MI0xxx when the file could not be read, or the follow-up's validation against the agreement (its pointer into the follow-up's JSON).</param>
/// <param name="Cell">The cell (or the first cell of the row) it is about; <see langword="null"/> when it is about the whole file.</param>
public sealed record SheetDiagnostic(Diagnostic Diagnostic, SheetCell? Cell);
