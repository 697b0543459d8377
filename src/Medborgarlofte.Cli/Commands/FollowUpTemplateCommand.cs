using System.CommandLine;
using System.IO;
using Medborgarlofte.Cli.Parsing;
#if !WITHOUT_IMPORT
using Medborgarlofte.Import;
#endif

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>followup-template &lt;löfte.json&gt; --out uppfoljning.xlsx|.csv</c>: the follow-up template of an agreement, a
/// workbook or CSV file to fill in and read back with <c>import --agreement</c> (Medborgarlofte.Import). Exits 0 when
/// written, 1 when the agreement cannot be read as one, 2 for a usage error or a file that cannot be read or written.
/// </summary>
/// <remarks>Medborgarlofte.Cli.Native is built without the import package (WITHOUT_IMPORT), which writes the workbook: there the command says to use Medborgarlofte.Cli.</remarks>
internal static class FollowUpTemplateCommand
{
    internal const string Help = """
        medborgarlofte followup-template <löfte.json> --out <uppfoljning.xlsx|uppfoljning.csv> [--separator ;|,]
          Skriver en uppföljningsmall: en rad per mätbart mål (åtagandets nummer, målets id, målet som det
          publicerats; tomma celler för datum, värde och anteckning), en rad per åtagande för status och kommentar,
          en rad per effektmål för indikatorvärden och uppföljningens egna fält. Läs tillbaka den ifyllda mallen med
          medborgarlofte import <fil> --agreement <löfte.json>.
          Writes a follow-up template: one row per target (commitment number, target id, the target as published;
          empty date, value and note cells), one row per commitment for its status and comment, one row per goal for
          indicator values, and the follow-up's own fields. Read the filled-in template back with
          medborgarlofte import <file> --agreement <agreement.json>.

        Val / Options:
          <löfte.json>           medborgarlöftet / the agreement
          --out FIL              .xlsx (Excel) eller .csv (en tabell) / .xlsx (Excel) or .csv (one table)
          --separator ;|,        fältavgränsare i CSV (standard ;) / the CSV separator (default ;)
          -h, --help             den här hjälpen / this help

        Inte i Medborgarlofte.Cli.Native (Native AOT); använd Medborgarlofte.Cli.
        Not in Medborgarlofte.Cli.Native (Native AOT); use Medborgarlofte.Cli.
        """;

    internal static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("löfte") { Arity = ArgumentArity.ZeroOrMore };
        var outFile = new Option<string>("--out") { HelpName = "FIL", Description = "Mallen (.xlsx eller .csv) / The template (.xlsx or .csv)" };
        var separator = new Option<string>("--separator") { HelpName = ";|,", Description = "CSV-avgränsare / CSV separator" };
        separator.AcceptOnlyFromAmong(";", ",");
        var command = new BilingualCommand("followup-template", "Skriver en uppföljningsmall / Writes a follow-up template", Help)
        {
            file, outFile, separator,
        };
        command.SetAction(result =>
        {
            var files = result.GetValue(file) ?? [];
            if (files.Length != 1)
            {
                return UsageErrors.Fail(console.Error, result, "Ange medborgarlöftet / Give the agreement");
            }

            var output = result.GetValue(outFile);
            if (!FollowUpImport.IsSheet(output ?? string.Empty))
            {
                return UsageErrors.Fail(console.Error, result, "Ange --out med .xlsx eller .csv / Give --out with .xlsx or .csv");
            }

            return Run(files[0], output!, (result.GetValue(separator) ?? ";")[0], console);
        });
        return command;
    }

#if WITHOUT_IMPORT
    private static int Run(string path, string outFile, char separator, CliConsole console)
    {
        _ = path;
        _ = outFile;
        _ = separator;
        return ImportCommand.NotInNative(console, "followup-template", "skrivarna av Excel och CSV", "the Excel and CSV writers");
    }
#else
    private static int Run(string path, string outFile, char separator, CliConsole console)
    {
        if (new InputSource(path, path).ReadAgreement(console, out var exit) is not { } agreement)
        {
            return exit;
        }

        var bytes = outFile.EndsWith(".csv", System.StringComparison.OrdinalIgnoreCase)
            ? FollowUpTemplate.WriteCsv(agreement, separator)
            : FollowUpTemplate.WriteXlsx(agreement);
        try
        {
            File.WriteAllBytes(outFile, bytes);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{outFile}: kan inte skrivas / cannot be written: {e.Message}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
#endif
}
