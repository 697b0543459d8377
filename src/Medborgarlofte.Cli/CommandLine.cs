using System;
using System.IO;
using Medborgarlofte.Cli.Commands;

namespace Medborgarlofte.Cli;

/// <summary>Dispatches the command line to a command; testable without a process.</summary>
internal static class CommandLine
{
    internal const string Usage = """
        Användning / Usage:
          medborgarlofte validate <filer…> [--format text|json|sarif] [--as-of ÅÅÅÅ-MM-DD]
              Validerar medborgarlöften: läsning, struktur och regler (docs/rules.md).
              Validates agreements: reading, structure and rules (docs/rules.md).
              text: per fil, fel, varningar, info / per file, errors, warnings, info
              json: valideringsrapporter / validation reports (schemas/validation-report.schema.json)
              sarif: SARIF 2.1.0 för CI / for CI
          medborgarlofte report <löfte.json> <uppföljning.json> [--as-of ÅÅÅÅ-MM-DD] [--out KATALOG]
              Utvärderar en uppföljning: uppfoljning.md och framsteg.svg. / Evaluates a follow-up.
          medborgarlofte format <filer…> [--check]
              Skriver om filer i kanonisk form. / Rewrites files in canonical form.
          medborgarlofte schema
              Skriver formatets JSON Schema. / Prints the format's JSON Schema.
          medborgarlofte render <fil> --format md|html [--lang sv|en] [--out FIL]
          medborgarlofte render <filer…> --format md|html [--lang sv|en] --out-dir KATALOG
              Återger dokumentet som medborgarna läser. / Renders the document citizens read.
          medborgarlofte diff <äldre> <nyare> [--format md|json]
              Visar vad som ändrats mellan två revideringar. / Shows what changed between two revisions.
          medborgarlofte --version
          medborgarlofte --help

        Slutkoder / Exit codes: 0 giltigt (varningar tillåtna) / valid (warnings allowed),
        1 ogiltigt / invalid, 2 fel användning / usage error.
        render, diff, report: 1 när en fil inte kan läsas / when a file cannot be read.
        """;

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        var rest = args.AsSpan(1);
        switch (args[0])
        {
            case "validate":
                return ValidateCommand.Run(rest, stdout, stderr);
            case "format":
                return FormatCommand.Run(rest, stdout, stderr);
            case "report":
                return ReportCommand.Run(rest, stdout, stderr);
            case "schema":
                return SchemaCommand.Run(rest, stdout, stderr);
            case "render":
                return RenderCommand.Run(rest, stdout, stderr);
            case "diff":
                return DiffCommand.Run(rest, stdout, stderr);
            case "--help" or "-h" or "help":
                stdout.WriteLine(Usage);
                return ExitCodes.Success;
            case "--version":
                stdout.WriteLine(typeof(Medborgarlofte.Json.AgreementJson).Assembly.GetName().Version?.ToString(3));
                return ExitCodes.Success;
            default:
                stderr.WriteLine($"Okänt kommando / Unknown command: {args[0]}");
                stderr.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }
}
