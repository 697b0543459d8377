using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medborgarlofte.FollowUp;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Writes the follow-up template as an Excel workbook (.xlsx) with the Open XML SDK: one sheet per table, headings
/// bold and frozen, the date columns shown as ÅÅÅÅ-MM-DD, and the status column a list of the Swedish statuses.
/// </summary>
internal static class XlsxTemplateWriter
{
    private const uint HeadingStyle = 1;
    private const uint DateStyle = 2;

    internal static byte[] Write(IReadOnlyList<(string Sheet, List<string[]> Rows)> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in tables)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(name, rows);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(string name, List<string[]> rows)
    {
        var headings = rows[0];
        var worksheet = new Worksheet();

        // The order of a worksheet's children is the schema's: views, columns, data, then validations.
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var c = 0; c < headings.Length; c++)
        {
            var width = Math.Clamp(rows.Max(r => r[c].Length) + 2, 12, 60);
            var column = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true };
            if (IsDate(headings[c]))
            {
                column.Style = DateStyle;
            }

            columns.Append(column);
        }

        worksheet.Append(columns);
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length == 0)
                {
                    continue;
                }

                var cell = new Cell
                {
                    CellReference = SheetCell.ColumnName(c + 1) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }),
                };
                if (r == 0)
                {
                    cell.StyleIndex = HeadingStyle;
                }

                row.Append(cell);
            }

            data.Append(row);
        }

        worksheet.Append(data);
        var status = Array.IndexOf(headings, SheetLayout.Status);
        if (name == SheetLayout.CommitmentSheet && status >= 0)
        {
            // Excel offers the Swedish statuses in a list; the import also reads the English names and the format's codes.
            var names = string.Join(",", Enum.GetValues<CommitmentStatus>().Select(s => StateNames.Of(s).Swedish));
            var letter = SheetCell.ColumnName(status + 1);
            worksheet.Append(new DataValidations(new DataValidation(new Formula1("\"" + names + "\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = letter + "2:" + letter + "1048576" },
            }) { Count = 1 });
        }

        return worksheet;
    }

    private static bool IsDate(string heading) => heading is SheetLayout.Date or SheetLayout.From or SheetLayout.To;

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
}
