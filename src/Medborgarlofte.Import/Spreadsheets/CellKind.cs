
namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>What a cell held as its file wrote it: text, a number (a date in a workbook is a serial number) or a boolean.</summary>
internal enum CellKind
{
    Text,
    Number,
    Boolean,
}
