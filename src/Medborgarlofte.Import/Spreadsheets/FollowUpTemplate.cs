using System;
using Medborgarlofte.Import.Spreadsheets;

namespace Medborgarlofte.Import;

/// <summary>
/// The follow-up template (uppföljningsmall) of an agreement: a workbook or CSV file the people who count traffic checks
/// and dialogues fill in, and <see cref="FollowUpSheetImporter"/> reads back into a follow-up document. One row per
/// target (commitment number, target id, the target's published phrase; empty date, value and note), one row per
/// commitment for its status and comment, one row per goal for indicator values, and the follow-up's own fields
/// (as-of date, who reports). Layout: docs/import.md.
/// </summary>
public static class FollowUpTemplate
{
    /// <summary>Writes the template as an Excel workbook (.xlsx).</summary>
    /// <param name="agreement">The agreement followed up.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] WriteXlsx(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return XlsxTemplateWriter.Write(TemplateTables.For(agreement));
    }

    /// <summary>Writes the template as one CSV table (UTF-8 with a byte order mark, CRLF); every record starts with its sheet's name.</summary>
    /// <param name="agreement">The agreement followed up.</param>
    /// <param name="separator"><c>;</c> (what Swedish Excel writes, the default) or <c>,</c>.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is neither <c>;</c> nor <c>,</c>.</exception>
    public static byte[] WriteCsv(Agreement agreement, char separator = ';')
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (separator is not (';' or ','))
        {
            throw new ArgumentException("The separator is ';' or ','.", nameof(separator));
        }

        return CsvTemplateWriter.Write(TemplateTables.For(agreement), separator);
    }
}
