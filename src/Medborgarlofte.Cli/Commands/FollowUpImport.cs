using System;
using System.IO;
#if !WITHOUT_IMPORT
using Medborgarlofte.FollowUp;
using Medborgarlofte.Import;
using Medborgarlofte.Json;
#endif

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>import &lt;uppfoljning.xlsx|.csv&gt; --agreement &lt;löfte.json&gt; [--out FIL]</c>: a filled-in follow-up template
/// to a follow-up document (canonical JSON). Each bad cell is printed with its place (<c>uppfoljning.xlsx:Mål!D7</c>,
/// or <c>uppfoljning.csv:7:5</c>, line and field); exits 0 with the follow-up, 1 when a cell is wrong or it does not
/// validate against the agreement (nothing written), 2 when a file cannot be found, read or written.
/// </summary>
internal static class FollowUpImport
{
    internal static bool IsSheet(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".csv";

#if WITHOUT_IMPORT
    internal static int Run(string path, string agreementPath, string? outFile, CliConsole console)
    {
        _ = path;
        _ = agreementPath;
        _ = outFile;
        return ImportCommand.NotInNative(console, "import --agreement", "läsarna av Excel och CSV", "the Excel and CSV readers");
    }
#else
    internal static int Run(string path, string agreementPath, string? outFile, CliConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{path}: filen finns inte / file not found");
            return ExitCodes.Usage;
        }

        if (new InputSource(agreementPath, agreementPath).ReadAgreement(console, out var exit) is not { } agreement)
        {
            return exit;
        }

        FollowUpSheetResult result;
        try
        {
            result = FollowUpSheetImporter.ImportFile(path, agreement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{path}: kan inte läsas / cannot be read: {e.Message}");
            return ExitCodes.Usage;
        }

        foreach (var (d, cell) in result.Diagnostics)
        {
            // A workbook's cell as Excel names it (Mål!D7); a CSV field by line and field, as compilers place a column.
            var where = cell is null ? path + ":1:1" : path + ":" + cell.Reference;
            console.Error.WriteLine($"{where}: {ValidationReportJson.SeverityName(d.Severity)} {d.Code}: {d.Message.Swedish} / {d.Message.English ?? d.Message.Swedish}"
                + (d.Pointer.Length == 0 ? string.Empty : $" ({d.Pointer})"));
        }

        if (result.FollowUp is not { } followUp)
        {
            return ExitCodes.Invalid;
        }

        return CommandInput.Write(w => w.Write(FollowUpJson.Write(followUp)), outFile, console.Out, console.Error);
    }
#endif
}
