using System.CommandLine;
using System.IO;
using Medborgarlofte.Cli.Parsing;
#if !WITHOUT_IMPORT
using System.Text.Json;
using Medborgarlofte.Import;
using Medborgarlofte.Json;
#endif

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>import &lt;file&gt; [--out FILE] [--report FILE]</c>: a medborgarlöfte as published (.docx, .pdf, .html, .md,
/// .txt) to a draft agreement, with a report of where every sentence went (Medborgarlofte.Import). Exits 0 with a
/// draft (guesses are warnings), 1 when the file holds no importable agreement, 2 when it cannot be found or written.
/// </summary>
/// <remarks>
/// Medborgarlofte.Cli.Native is built without it (WITHOUT_IMPORT): with PdfPig, DocumentFormat.OpenXml and AngleSharp the
/// native executable grows from about 6 MB to 36 MB; there the command says to use Medborgarlofte.Cli (docs/cli.md).
/// </remarks>
internal static class ImportCommand
{
    internal const string Help = """
        medborgarlofte import <fil> [--out FIL] [--report FIL]
        medborgarlofte import <uppfoljning.xlsx|.csv> --agreement <löfte.json> [--out FIL]
          Läser ett medborgarlöfte som det publicerats (.docx, .pdf, .html, .md, .txt) till ett utkast i formatet.
          Varje gissning skrivs som en varning (MI1xxx); rapporten visar var varje mening hamnade (JSON Pointer).
          Reads an agreement as published (.docx, .pdf, .html, .md, .txt) into a draft of the format. Every guess
          is printed as a warning (MI1xxx); the report shows where every sentence went (JSON Pointer).

        Val / Options:
          <fil>                  dokumentet / the document
          --out FIL              utkastet (JSON); annars standard ut / the draft (JSON); otherwise standard output
          --report FIL           rapporten (JSON): varje mening och dess fält, varje diagnos
                                 the report (JSON): every sentence and its field, every diagnostic
          --agreement FIL        läser en ifylld uppföljningsmall (followup-template) till en uppföljning av
                                 medborgarlöftet; varje felaktig cell anges (Mål!D7)
                                 reads a filled-in follow-up template (followup-template) into a follow-up of
                                 the agreement; each bad cell is named (Mål!D7)
          -h, --help             den här hjälpen / this help

        Inte i Medborgarlofte.Cli.Native (Native AOT); använd Medborgarlofte.Cli.
        Not in Medborgarlofte.Cli.Native (Native AOT); use Medborgarlofte.Cli.
        """;

    internal static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("fil") { Arity = ArgumentArity.ZeroOrMore };
        var outFile = new Option<string>("--out") { HelpName = "FIL", Description = "Utkastet / The draft" };
        var reportFile = new Option<string>("--report") { HelpName = "FIL", Description = "Rapporten / The report" };
        var agreementFile = new Option<string>("--agreement") { HelpName = "FIL", Description = "Medborgarlöftet som uppföljningen gäller / The agreement followed up" };
        var command = new BilingualCommand("import", "Läser ett publicerat medborgarlöfte till ett utkast / Imports a published agreement", Help)
        {
            file, outFile, reportFile, agreementFile,
        };
        command.SetAction(result =>
        {
            var files = result.GetValue(file) ?? [];
            if (files.Length != 1)
            {
                return UsageErrors.Fail(console.Error, result, "Ange en fil / Give one file");
            }

            if (result.GetValue(agreementFile) is { } agreement)
            {
                return result.GetValue(reportFile) is null
                    ? FollowUpImport.Run(files[0], agreement, result.GetValue(outFile), console)
                    : UsageErrors.Fail(console.Error, result, "--report gäller inte en uppföljning; diagnoserna skrivs på standard fel / --report is not for a follow-up; the diagnostics go to standard error");
            }

            if (FollowUpImport.IsSheet(files[0]))
            {
                return UsageErrors.Fail(console.Error, result, "En uppföljningsmall läses med --agreement <löfte.json> / A follow-up template is read with --agreement <agreement.json>");
            }

            return Run(files[0], result.GetValue(outFile), result.GetValue(reportFile), console);
        });
        return command;
    }

#if WITHOUT_IMPORT
    private static int Run(string path, string? outFile, string? reportFile, CliConsole console)
    {
        _ = path;
        _ = outFile;
        _ = reportFile;
        return NotInNative(console, "import", "läsarna av Word, PDF och HTML", "the Word, PDF and HTML readers");
    }

    /// <summary>What a command that needs Medborgarlofte.Import says in the Native AOT build, which is made without it: exit 2.</summary>
    internal static int NotInNative(CliConsole console, string command, string swedish, string english)
    {
        console.Error.WriteLine($"{command} finns inte i Medborgarlofte.Cli.Native ({swedish} ingår inte i den inbyggda versionen); installera Medborgarlofte.Cli.");
        console.Error.WriteLine($"{command} is not in Medborgarlofte.Cli.Native ({english} are left out of the native build); install Medborgarlofte.Cli.");
        return ExitCodes.Usage;
    }
#else
    private static int Run(string path, string? outFile, string? reportFile, CliConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{path}: filen finns inte / file not found");
            return ExitCodes.Usage;
        }

        ImportResult result;
        try
        {
            result = AgreementImporter.ImportFile(path);
        }
        catch (IOException exception)
        {
            console.Error.WriteLine($"{path}: kan inte läsas / cannot be read: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (System.UnauthorizedAccessException exception)
        {
            console.Error.WriteLine($"{path}: kan inte läsas / cannot be read: {exception.Message}");
            return ExitCodes.Usage;
        }

        foreach (var d in result.Diagnostics)
        {
            // The import's own diagnostics (MI…) point into the source; the draft's validation (ML…) into the draft's JSON.
            var where = d.Code.StartsWith("MI", System.StringComparison.Ordinal) ? path : outFile ?? "-";
            console.Error.WriteLine(DiagnosticLines.Format(where, (d.Line ?? 1, d.Column ?? 1), d, colour: false));
        }

        if (reportFile is not null)
        {
            var written = CommandInput.Write(w => w.Write(Report(path, result)), reportFile, console.Out, console.Error);
            if (written != ExitCodes.Success)
            {
                return written;
            }
        }

        if (result.Draft is null)
        {
            return ExitCodes.Invalid;
        }

        var exit = CommandInput.Write(w => w.Write(AgreementJson.Write(result.Draft)), outFile, console.Out, console.Error);
        return exit != ExitCodes.Success ? exit : result.Success ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>The report: every sentence with the pointer of the field that holds it, then every diagnostic.</summary>
    internal static string Report(string path, ImportResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteBoolean("imported", result.Draft is not null);
            w.WriteStartArray("sentences");
            foreach (var s in result.Sentences)
            {
                w.WriteStartObject();
                w.WriteString("text", s.Text);
                w.WriteString("pointer", s.Pointer);
                w.WriteNumber("line", s.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" });
                w.WriteString("pointer", d.Pointer);
                if (d.Line is { } line)
                {
                    w.WriteNumber("line", line);
                }

                w.WriteStartObject("message");
                w.WriteString("sv", d.Message.Swedish);
                w.WriteString("en", d.Message.English ?? d.Message.Swedish);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
#endif
}
