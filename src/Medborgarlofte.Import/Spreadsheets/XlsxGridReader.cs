using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medborgarlofte.Import.Readers;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Reads the cells of an Excel workbook (.xlsx) with the Open XML SDK: shared strings, inline strings, numbers
/// (a date is a serial number, read by its column), booleans and formula results. Parts are read as streams, one row
/// at a time, and the text taken is counted against <see cref="ImportOptions.MaxCharacters"/> as it is read: each
/// cell kept counts <see cref="CellCost"/> characters more, for the objects that hold it, and each row or empty cell one.
/// </summary>
internal static class XlsxGridReader
{
    /// <summary>What a kept cell costs beyond its text: a sheet of a million one-letter cells is as large as a document of 16 million characters.</summary>
    internal const int CellCost = 16;

    /// <summary>The sheets in workbook order, and whether the workbook counts dates from 1904.</summary>
    internal static (List<GridSheet> Sheets, bool Date1904) Read(Stream stream, ImportOptions options)
    {
        var budget = new CharacterBudget(options.MaxCharacters);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = options.MaxCharacters * 8L });
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var workbook = workbookPart.Workbook ?? throw new InvalidDataException("The workbook part has no workbook.");
        var shared = SharedStrings(workbookPart, budget);
        var dateStyles = DateStyles(workbookPart);
        var sheets = new List<GridSheet>();
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (sheet.Id?.Value is { } id && workbookPart.GetPartById(id) is WorksheetPart part)
            {
                sheets.Add(new GridSheet(name, new SheetCell(name, 1, 1), Rows(name, part, shared, dateStyles, budget)));
            }
        }

        return (sheets, workbook.WorkbookProperties?.Date1904?.Value == true);
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart, CharacterBudget budget)
    {
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(budget.Take(TextOf(item.Text, item.Elements<Run>())));
            }
        }

        return strings;
    }

    private static List<GridRow> Rows(string sheet, WorksheetPart part, List<string> shared, HashSet<uint> dateStyles, CharacterBudget budget)
    {
        var rows = new List<GridRow>();
        var rowNumber = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            budget.Take(1);
            rowNumber = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : rowNumber + 1;
            var cells = new Dictionary<int, GridCell>();
            var column = 0;
            var first = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = ColumnOf(cell.CellReference?.Value) ?? column + 1;
                var (kind, text) = ValueOf(cell, shared);
                kind = kind == CellKind.Number && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) ? CellKind.DateNumber : kind;
                budget.Take(1);
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                budget.Take(text.Length + CellCost);
                first = first == 0 ? column : first;
                cells[column] = new GridCell(new SheetCell(sheet, rowNumber, column), kind, text);
            }

            if (cells.Count > 0)
            {
                rows.Add(new GridRow(new SheetCell(sheet, rowNumber, first), cells));
            }
        }

        return rows;
    }

    /// <summary>
    /// The cell styles whose number format shows a date: the built-in date formats (14–22, 45–47) and a workbook's own
    /// with a day or a year in them (outside quotes and brackets), so that a date typed in the value column is seen as one.
    /// </summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbookPart)
    {
        var styles = new HashSet<uint>();
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 45 and <= 47) || (custom.TryGetValue(id, out var code) && ShowsDate(code)))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private static bool ShowsDate(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            quoted ^= c == '"';
            bracket = c == '[' || (bracket && c != ']');
            if (!quoted && !bracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    private static (CellKind Kind, string Text) ValueOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type is null || type == CellValues.Number)
        {
            return (CellKind.Number, raw);
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count
                ? (CellKind.Text, shared[i])
                : throw new InvalidDataException("A cell names a shared string the workbook does not have.");
        }

        if (type == CellValues.InlineString)
        {
            return (CellKind.Text, cell.InlineString is { } inline ? TextOf(inline.Text, inline.Elements<Run>()) : string.Empty);
        }

        // A boolean's 1 or 0; a formula's text, an ISO date (t="d") or an error (#N/A) as written.
        return (type == CellValues.Boolean ? CellKind.Boolean : CellKind.Text, raw);
    }

    private static string TextOf(Text? text, IEnumerable<Run> runs)
    {
        if (text is not null)
        {
            return text.Text;
        }

        var joined = new System.Text.StringBuilder();
        foreach (var run in runs)
        {
            joined.Append(run.Text?.Text);
        }

        return joined.ToString();
    }

    /// <summary>The column (1-based) of a reference such as <c>C7</c>; <see langword="null"/> when there is none.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' && column < 100_000)
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return column == 0 ? null : column;
    }

    /// <summary>Counts the characters taken from the workbook and stops the read past the bound.</summary>
    private sealed class CharacterBudget(int max)
    {
        private long _taken;

        internal string Take(string text)
        {
            Take(text.Length);
            return text;
        }

        internal void Take(int count)
        {
            _taken += count;
            if (_taken > max)
            {
                throw new ImportBoundException();
            }
        }
    }
}
