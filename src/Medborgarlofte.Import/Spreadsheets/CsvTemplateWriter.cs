using System.Collections.Generic;
using System.Text;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Writes the follow-up template as one CSV table (RFC 4180, CRLF, UTF-8 with a byte order mark so that Excel reads
/// å, ä and ö): every record starts with its sheet's name, and each sheet's first record is its heading row.
/// </summary>
internal static class CsvTemplateWriter
{
    internal static byte[] Write(IReadOnlyList<(string Sheet, List<string[]> Rows)> tables, char separator)
    {
        var text = new StringBuilder();
        foreach (var (name, rows) in tables)
        {
            foreach (var row in rows)
            {
                Field(text, name, separator);
                foreach (var cell in row)
                {
                    text.Append(separator);
                    Field(text, cell, separator);
                }

                text.Append("\r\n");
            }
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. utf8.GetPreamble(), .. utf8.GetBytes(text.ToString())];
    }

    /// <summary>A field, quoted when it holds the separator, a quote or a line break (quotes doubled).</summary>
    internal static void Field(StringBuilder text, string value, char separator)
    {
        if (value.IndexOfAny([separator, '"', '\r', '\n']) < 0)
        {
            text.Append(value);
            return;
        }

        text.Append('"').Append(value.Replace("\"", "\"\"", System.StringComparison.Ordinal)).Append('"');
    }
}
