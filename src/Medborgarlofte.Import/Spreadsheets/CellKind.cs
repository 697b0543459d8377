namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>What a cell held as its file wrote it: text, a number, a number shown as a date, or a boolean.</summary>
internal enum CellKind
{
    Text,
    Number,

    /// <summary>A workbook's serial number in a cell formatted as a date: a date, whichever column it stands in.</summary>
    DateNumber,
    Boolean,
}
