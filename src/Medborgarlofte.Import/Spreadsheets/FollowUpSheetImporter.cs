using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Import.Readers;
using Medborgarlofte.Import.Spreadsheets;

namespace Medborgarlofte.Import;

/// <summary>
/// Reads a filled-in follow-up template (<see cref="FollowUpTemplate"/>, .xlsx or .csv) into a follow-up document of
/// the agreement (uppföljning från kalkylblad). Each bad cell is an error with its sheet, row and column (MI3xxx); the
/// follow-up is then validated against the agreement (<see cref="FollowUpValidator"/>), its diagnostics placed on the
/// cells they are about. Input is bounded as every import is (<see cref="ImportOptions"/>); never throws for bad input.
/// </summary>
public static class FollowUpSheetImporter
{
    /// <summary>The file types read, by extension.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".csv"];

    /// <summary>Reads a file, checking its size before reading it.</summary>
    /// <param name="path">The .xlsx or .csv file.</param>
    /// <param name="agreement">The agreement followed up.</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The follow-up, or the diagnostics that say which cells kept it from being read.</returns>
    public static FollowUpSheetResult ImportFile(string path, Agreement agreement, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        return BlockReader.ReadBounded(path, options, out var length) is { } content
            ? Import(content, Path.GetFileName(path), agreement, options)
            : Failed(BlockReader.TooLarge(length, options));
    }

    /// <summary>Reads a file's bytes; the file name's extension says whether it is a workbook or CSV.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name (.xlsx or .csv).</param>
    /// <param name="agreement">The agreement followed up.</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The follow-up, or the diagnostics that say which cells kept it from being read.</returns>
    public static FollowUpSheetResult Import(byte[] content, string fileName, Agreement agreement, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(agreement);
        options ??= ImportOptions.Default;
        if (content.LongLength > options.MaxInputBytes)
        {
            return Failed(BlockReader.TooLarge(content.LongLength, options));
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var diagnostics = new List<SheetDiagnostic>();
        List<GridSheet> sheets;
        var date1904 = false;
        try
        {
            switch (extension)
            {
                case ".xlsx":
                    if (!BlockReader.LooksLikeZip(content))
                    {
                        return Failed(BlockReader.Fail(ImportCodes.Unreadable,
                            "Filen är inte en Excel-arbetsbok (en .xlsx är ett zip-arkiv, och det här är inte ett).",
                            "The file is not an Excel workbook (an .xlsx is a zip archive, and this is not one)."));
                    }

                    using (var stream = new MemoryStream(content, writable: false))
                    {
                        BlockReader.CheckUnpackedSize(stream, options);
                        stream.Position = 0;
                        (sheets, date1904) = XlsxGridReader.Read(stream, options);
                    }

                    break;
                case ".csv":
                    sheets = CsvGridReader.Read(BlockReader.Decode(content, options), options, diagnostics);
                    break;
                default:
                    return Failed(BlockReader.Fail(ImportCodes.UnsupportedType,
                        $"Filtypen '{extension}' läses inte som uppföljning; läs .xlsx eller .csv från followup-template.",
                        $"The file type '{extension}' is not read as a follow-up; read .xlsx or .csv from followup-template."));
            }
        }
        catch (Exception e) when (BlockReader.Refusal(e, extension, options) is { } refused)
        {
            return Failed(refused);
        }

        var cells = new Dictionary<string, SheetCell>(StringComparer.Ordinal);
        if (FollowUpSheetReader.Read(sheets, agreement, date1904, diagnostics, cells) is not { } followUp)
        {
            return new FollowUpSheetResult(null, diagnostics);
        }

        // Written and read back, so the follow-up is checked exactly as a JSON file would be, and is in canonical form.
        var report = FollowUpValidator.Validate(FollowUpJson.WriteToUtf8Bytes(followUp), agreement);
        foreach (var d in report.Diagnostics)
        {
            diagnostics.Add(new SheetDiagnostic(d, CellOf(d.Pointer, cells)));
        }

        return new FollowUpSheetResult(report.IsValid ? report.FollowUp : null, diagnostics);
    }

    /// <summary>The cell of the longest pointer written that the diagnostic's pointer starts with.</summary>
    private static SheetCell? CellOf(string pointer, Dictionary<string, SheetCell> cells)
    {
        for (var p = pointer; p.Length > 0; p = p[..Math.Max(0, p.LastIndexOf('/'))])
        {
            if (cells.TryGetValue(p, out var cell))
            {
                return cell;
            }
        }

        return null;
    }

    private static FollowUpSheetResult Failed(BlockReadResult refused) =>
        new(null, refused.Diagnostics.Select(d => new SheetDiagnostic(d, null)).ToList());
}
