using System.Collections.Generic;
using System.Text;
using Medborgarlofte.Import.Readers;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Reads the follow-up CSV table (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; CRLF, LF or
/// CR) into sheets: the first field of each record names its sheet, the rest are that sheet's cells. The separator,
/// <c>;</c> (Swedish Excel) or <c>,</c>, is the one the first record uses outside quotes.
/// </summary>
internal static class CsvGridReader
{
    internal static List<GridSheet> Read(string text, ImportOptions options, List<SheetDiagnostic> diagnostics)
    {
        if (text.Length > options.MaxCharacters)
        {
            throw new ImportBoundException();
        }

        var separator = Separator(text);
        var sheets = new List<GridSheet>();
        var rowsBySheet = new Dictionary<string, List<GridRow>>(System.StringComparer.OrdinalIgnoreCase);
        long budget = 0;
        foreach (var (start, fields) in Records(text, separator, diagnostics))
        {
            // Each kept cell costs as in a workbook, so that a file of separators cannot hold more cells than a workbook may.
            budget += fields.Count * (long)XlsxGridReader.CellCost;
            if (budget > options.MaxCharacters)
            {
                throw new ImportBoundException();
            }

            var name = fields.TryGetValue(0, out var first) ? first.Text.Trim() : string.Empty;
            if (!rowsBySheet.TryGetValue(name, out var rows))
            {
                rows = [];
                rowsBySheet[name] = rows;
                sheets.Add(new GridSheet(name, first?.At ?? start, rows));
            }

            fields.Remove(0);
            rows.Add(new GridRow(first?.At ?? start, fields));
        }

        return sheets;
    }

    /// <summary>The separator the first record uses outside quotes: the more frequent of <c>;</c> and <c>,</c>, <c>;</c> on a tie.</summary>
    private static char Separator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return commas > semicolons ? ',' : ';';
    }

    /// <summary>The records that hold something: where each starts, and its non-empty fields by place (0 is the sheet's name).</summary>
    private static IEnumerable<(SheetCell Start, Dictionary<int, GridCell> Fields)> Records(string text, char separator, List<SheetDiagnostic> diagnostics)
    {
        var line = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var start = new SheetCell(null, line, 1);
            var fields = new Dictionary<int, GridCell>();
            for (var index = 0; ; index++)
            {
                var at = new SheetCell(null, line, index + 1);
                var field = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i = Quoted(text, i + 1, field, ref line, out var closed);
                    if (!closed)
                    {
                        diagnostics.Add(new SheetDiagnostic(SheetDiagnostics.Error(ImportCodes.InvalidCell,
                            "Ett citerat fält avslutas aldrig (ett \" saknas).", "A quoted field is never closed (a \" is missing)."), at));
                    }
                }

                // Unquoted text, or what follows a closing quote, up to the separator or the end of the line.
                while (i < text.Length && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                {
                    field.Append(text[i++]);
                }

                if (field.Length > 0 && field.ToString() is var value && value.Trim().Length > 0)
                {
                    fields[index] = new GridCell(at, CellKind.Text, value);
                }

                if (i < text.Length && text[i] == separator)
                {
                    i++;
                    continue;
                }

                break;
            }

            i += i < text.Length && text[i] == '\r' ? 1 : 0;
            i += i < text.Length && text[i] == '\n' ? 1 : 0;
            line++;
            if (fields.Count > 0)
            {
                yield return (start, fields);
            }
        }
    }

    /// <summary>Reads a quoted field's text from after its opening quote; returns the place after the closing quote (doubled quotes are one).</summary>
    private static int Quoted(string text, int i, StringBuilder field, ref int line, out bool closed)
    {
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '"')
            {
                if (i < text.Length && text[i] == '"')
                {
                    field.Append('"');
                    i++;
                    continue;
                }

                closed = true;
                return i;
            }

            line += c == '\n' || (c == '\r' && (i >= text.Length || text[i] != '\n')) ? 1 : 0;
            field.Append(c);
        }

        closed = false;
        return i;
    }
}
