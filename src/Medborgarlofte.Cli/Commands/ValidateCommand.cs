using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using Medborgarlofte.Cli.Output;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>validate &lt;inputs…&gt; [--format text|json|sarif|github] [--as-of YYYY-MM-DD] [--quiet] [--warnings-as-errors]</c>:
/// reading, structure and rules for each file; every diagnostic, grouped by file. A follow-up document among the inputs
/// is validated as a follow-up, against its agreement when that is among the inputs too. Exit 0 when no file has an error.
/// </summary>
internal static class ValidateCommand
{
    internal const string Help = """
        medborgarlofte validate <indata…> [val / options]
          Validerar medborgarlöften: läsning, struktur och regler (docs/rules.md). En uppföljning bland indata
          valideras som uppföljning, mot sitt medborgarlöfte när det också finns bland indata.
          Validates agreements: reading, structure and rules (docs/rules.md). A follow-up among the inputs is
          validated as a follow-up, against its agreement when that is among the inputs too.

        Indata / Inputs:
          <fil.json>             en fil / a file
          <katalog>              katalogens *.json / the directory's *.json (--recursive: även underkataloger / below too)
          'mönster/*.json'       mönster som skalet inte expanderat (*, ?, **) / patterns the shell did not expand
          -                      standard in (--stdin-name NAMN) / standard input (--stdin-name NAME)
          --                     allt efter är indata / everything after is an input

        Val / Options:
          --format text|json|sarif|github
                                 text: fil:rad:kolumn: fel ML3002: … / file:line:column: error ML3002: …
                                 json: valideringsrapporter / validation reports (schemas/validation-report.schema.json)
                                 sarif: SARIF 2.1.0 för CI / for CI
                                 github: anteckningar i GitHub Actions / GitHub Actions annotations
          --as-of ÅÅÅÅ-MM-DD     dagen reglerna gäller / the day the rules apply (standard / default: i dag / today)
          -q, --quiet            bara fel och summering / only errors and the summary
          --warnings-as-errors   en varning ger slutkod 1 / a warning gives exit code 1
          --no-color             ingen färg (även NO_COLOR) / no colour (also NO_COLOR); färg bara i terminal /
                                 colour only on a terminal
          -r, --recursive        sök i underkataloger / search subdirectories
          --stdin-name NAMN      namnet på standard in i rapporten / the name of standard input in reports
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("indata") { Arity = ArgumentArity.ZeroOrMore, HelpName = "indata" };
        var format = OptionChecks.Choice("--format", "text|json|sarif|github", "Utdataformat / Output format", "text", "json", "sarif", "github");
        var asOf = OptionChecks.Date("--as-of", "Dagen reglerna gäller / The day the rules apply");
        var options = new InputOptions();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Bara fel och summering / Only errors and the summary" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "En varning ger slutkod 1 / A warning gives exit code 1" };
        var noColor = new Option<bool>("--no-color") { Description = "Ingen färg / No colour" };
        var command = new BilingualCommand("validate", "Validerar medborgarlöften / Validates agreements", Help)
        {
            inputs, format, asOf, quiet, warningsAsErrors, noColor,
        };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var sources = options.Resolve(result, inputs, console, out var exit);
            if (sources is null)
            {
                return exit;
            }

            var output = new ValidationOutput(
                result.GetValue(quiet),
                result.GetValue(warningsAsErrors),
                console.OutputIsTerminal && !result.GetValue(noColor) && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR")));
            return Run(sources, result.GetValue(format) ?? "text", new ValidationOptions { AsOf = OptionChecks.ParseDate(result.GetValue(asOf)) }, output, console);
        });
        return command;
    }

    private static int Run(List<InputSource> sources, string format, ValidationOptions options, ValidationOutput output, CliConsole console)
    {
        var bytes = new List<byte[]>(sources.Count);
        foreach (var source in sources)
        {
            var read = source.Read(console);
            if (read is null)
            {
                return ExitCodes.Usage;
            }

            bytes.Add(read);
        }

        // Agreements first, so that a follow-up can be checked against its agreement wherever it stands.
        var reports = new ValidationReport?[sources.Count];
        var agreements = new Dictionary<string, Medborgarlofte.Agreement>(System.StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (!FollowUpDetection.IsFollowUp(bytes[i]))
            {
                var report = AgreementValidator.Validate(bytes[i], options);
                reports[i] = report;
                if (report.Agreement is { } agreement)
                {
                    agreements.TryAdd(agreement.Id, agreement);
                }
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (reports[i] is null)
            {
                var alone = FollowUpValidator.Validate(bytes[i]);
                var followUp = alone.FollowUp is { } document && agreements.TryGetValue(document.Agreement.Id, out var agreement)
                    ? FollowUpValidator.Validate(bytes[i], agreement)
                    : alone;
                reports[i] = AgreementValidator.FollowUpReport(followUp.Diagnostics, options);
            }
        }

        var results = new List<FileReport>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            results.Add(new FileReport(sources[i].Name, bytes[i], reports[i]!));
        }

        switch (format)
        {
            case "json":
                WriteJson(results, console.Out);
                break;
            case "sarif":
                WriteSarif(results, console.Out);
                break;
            case "github":
                GitHubAnnotationWriter.Write(results, output.WarningsAsErrors, console.Out);
                break;
            default:
                ValidationText.Write(results, output, console.Out);
                break;
        }

        return results.TrueForAll(r => r.Report.ErrorCount == 0 && !(output.WarningsAsErrors && r.Report.WarningCount > 0))
            ? ExitCodes.Success
            : ExitCodes.Invalid;
    }

    // Both reports go to the output as they are written (flushed every few kilobytes), never built whole in memory.
    private static void WriteJson(List<FileReport> results, TextWriter stdout)
    {
        using (var stream = new TextWriterStream(stdout))
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("files");
            foreach (var (path, _, report) in results)
            {
                ValidationReportJson.Write(report, w, path);
                w.Flush();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine();
    }

    private static void WriteSarif(List<FileReport> results, TextWriter stdout)
    {
        using (var stream = new TextWriterStream(stdout))
        {
            SarifWriter.Write(stream, results);
        }

        stdout.WriteLine();
    }
}
