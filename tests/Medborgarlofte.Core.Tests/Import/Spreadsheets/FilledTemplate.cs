using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medborgarlofte.FollowUp;
using NodaTime;

namespace Medborgarlofte.Tests.Import.Spreadsheets;

/// <summary>A cell the test writes as a shared string (the way Excel stores most text).</summary>
internal sealed record Shared(string Text);

/// <summary>A date the test writes as text (2024-03-01) rather than as Excel's serial number.</summary>
internal sealed record DateText(LocalDate Date);

/// <summary>
/// A follow-up template as the test fills it, independently of the library's reader: the sheets as rows of cells
/// (text, <see cref="Shared"/> text, numbers, dates), read from the template the library wrote, filled the way a person
/// would fill them from a follow-up document, and written back as a workbook or CSV file.
/// </summary>
internal sealed class FilledTemplate
{
    private FilledTemplate(List<(string Name, List<List<object?>> Rows)> sheets) => Sheets = sheets;

    internal List<(string Name, List<List<object?>> Rows)> Sheets { get; }

    internal List<List<object?>> this[string sheet] => Sheets.Single(s => s.Name == sheet).Rows;

    internal static FilledTemplate FromXlsx(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook, writable: false), isEditable: false);
        var part = document.WorkbookPart!;
        var sheets = new List<(string, List<List<object?>>)>();
        foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
        {
            var rows = new List<List<object?>>();
            foreach (var row in ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet!.Descendants<Row>())
            {
                var cells = new List<object?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnOf(cell.CellReference!.Value!);
                    while (cells.Count < column - 1)
                    {
                        cells.Add(null);
                    }

                    cells.Add(cell.InlineString!.Text!.Text);
                }

                rows.Add(cells);
            }

            sheets.Add((sheet.Name!.Value!, rows));
        }

        return new FilledTemplate(sheets);
    }

    internal static FilledTemplate FromCsv(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        var sheets = new List<(string Name, List<List<object?>> Rows)>();
        foreach (var record in CsvRecords(text, ';'))
        {
            var name = record[0];
            if (sheets.All(s => s.Name != name))
            {
                sheets.Add((name, []));
            }

            sheets.Single(s => s.Name == name).Rows.Add(record.Skip(1).Select(f => f.Length == 0 ? null : (object?)f).ToList());
        }

        return new FilledTemplate(sheets);
    }

    /// <summary>Fills the template with a follow-up's values: one more row under a target for each further measurement.</summary>
    internal void Fill(FollowUpDocument followUp, bool datesAsText)
    {
        var document = this["Uppföljning"];
        Set(document, "Formatversion / Format version", followUp.FormatVersion);
        Set(document, "Uppföljningens id / Follow-up id", followUp.Id);
        Set(document, "Medborgarlöfte (id) / Agreement (id)", followUp.Agreement.Id);
        Set(document, "Revision", (decimal)followUp.Agreement.Revision!.Value);
        Set(document, "Avstämningsdatum / As of", datesAsText ? new DateText(followUp.AsOf) : followUp.AsOf);
        Set(document, "Rapporteras av (parternas id) / Reported by (party ids)", string.Join(", ", followUp.ReportedBy));
        Set(document, "Illustrativ (ja/nej) / Illustrative (yes/no)", followUp.Illustrative ? "ja" : "nej");
        Set(document, "Anteckning (svenska) / Note (Swedish)", followUp.Note?.Swedish);
        Set(document, "Anteckning (engelska) / Note (English)", followUp.Note?.English);

        var commitments = this["Åtaganden"];
        foreach (var progress in followUp.Commitments)
        {
            var row = commitments.Single(r => Equals(At(r, 1), progress.Commitment));
            Put(row, 3, StateNames.Of(progress.Status).Swedish);
            Put(row, 4, progress.Comment is { } c ? new Shared(c.Swedish) : null);
            Put(row, 5, progress.Comment?.English);
        }

        Spread(this["Mål"], 1, 3, r => followUp.Observations.Where(o => o.Target == (string?)r).ToList(), (line, o, i) =>
        {
            var asText = datesAsText || i % 2 == 1;
            Put(line, 3, o.Date is { } d ? Date(d, asText) : null);
            Put(line, 4, o.Period is { } p ? Date(p.Start, asText) : null);
            Put(line, 5, o.Period is { } q ? Date(q.End, asText) : null);
            Put(line, 6, o.Value);
            Put(line, 7, o.Note is { } n ? new Shared(n.Swedish) : null);
            Put(line, 8, o.Note?.English);
            Put(line, 9, o.Evidence);
        });
        Spread(this["Indikatorer"], 0, 2, r => followUp.IndicatorObservations.Where(o => o.Goal == (string?)r).ToList(), (line, o, _) =>
        {
            Put(line, 2, (decimal)o.Year);
            Put(line, 3, o.Value);
            Put(line, 4, o.Source);
            Put(line, 5, o.Note?.Swedish);
            Put(line, 6, o.Note?.English);
        });
    }

    /// <summary>The filled workbook: the template's styles and sheets, each sheet's data written anew with typed cells.</summary>
    internal byte[] ToXlsx(byte[] template)
    {
        var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var shared = new List<string>();
            foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
            {
                var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet!;
                var data = worksheet.GetFirstChild<SheetData>()!;
                data.RemoveAllChildren();
                var rows = this[sheet.Name!.Value!];
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        if (rows[r][c] is { } value)
                        {
                            row.Append(Cell(value, ColumnName(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture), shared));
                        }
                    }

                    data.Append(row);
                }
            }

            var table = part.AddNewPart<SharedStringTablePart>();
            table.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        }

        return stream.ToArray();
    }

    /// <summary>The filled CSV file: every record starts with its sheet's name; numbers with a decimal comma when the separator is a semicolon.</summary>
    internal byte[] ToCsv(char separator, bool byteOrderMark)
    {
        var text = new StringBuilder();
        foreach (var (name, rows) in Sheets)
        {
            foreach (var row in rows)
            {
                text.Append(Quote(name, separator));
                foreach (var value in row)
                {
                    text.Append(separator).Append(Quote(value switch
                    {
                        null => string.Empty,
                        Shared s => s.Text,
                        DateText d => d.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                        LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                        decimal n => n.ToString(CultureInfo.InvariantCulture).Replace(".", separator == ';' ? "," : ".", StringComparison.Ordinal),
                        _ => (string)value,
                    }, separator));
                }

                text.Append("\r\n");
            }
        }

        return new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    internal static int Serial(LocalDate date) => Period.Between(new LocalDate(1899, 12, 30), date, PeriodUnits.Days).Days;

    /// <summary>
    /// Fills each template row's items (found by the id in <paramref name="idColumn"/>) into it, and each further item
    /// into a row inserted below it that copies the first <paramref name="copied"/> cells, as a person adds a row.
    /// </summary>
    private static void Spread<T>(List<List<object?>> rows, int idColumn, int copied, Func<object?, List<T>> itemsOf, Action<List<object?>, T, int> fill)
    {
        var filled = new List<List<object?>> { rows[0] };
        foreach (var row in rows.Skip(1))
        {
            filled.Add(row);
            var items = itemsOf(At(row, idColumn));
            for (var i = 0; i < items.Count; i++)
            {
                var line = i == 0 ? row : row.Take(copied).ToList();
                if (i > 0)
                {
                    filled.Add(line);
                }

                fill(line, items[i], i);
            }
        }

        rows.Clear();
        rows.AddRange(filled);
    }

    private static object Date(LocalDate date, bool asText) => asText ? new DateText(date) : date;

    private static Cell Cell(object value, string reference, List<string> shared) => value switch
    {
        Shared s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(shared, s.Text)) },
        LocalDate d => new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(Serial(d).ToString(CultureInfo.InvariantCulture)) },
        DateText d => Inline(reference, d.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)),
        decimal n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
        _ => Inline(reference, (string)value),
    };

    private static Cell Inline(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }) };

    private static string Index(List<string> shared, string text)
    {
        shared.Add(text);
        return (shared.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static void Set(List<List<object?>> rows, string field, object? value) => Put(rows.Single(r => Equals(At(r, 0), field)), 1, value);

    private static object? At(List<object?> row, int column) => column < row.Count ? row[column] : null;

    private static void Put(List<object?> row, int column, object? value)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] = value;
    }

    private static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static string ColumnName(int column) => column <= 26 ? ((char)('A' + column - 1)).ToString() : ColumnName((column - 1) / 26) + (char)('A' + ((column - 1) % 26));

    /// <summary>RFC 4180 records, as small as a test can have them: quoted fields, doubled quotes, CRLF.</summary>
    private static IEnumerable<List<string>> CsvRecords(string text, char separator)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return record;
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
