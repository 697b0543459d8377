using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using Medborgarlofte.Cli.Commands;
using Medborgarlofte.Cli.Parsing;

namespace Medborgarlofte.Cli;

/// <summary>
/// The command line (System.CommandLine): every command, its options and bilingual help; testable without a process.
/// <c>--option=value</c>, <c>--</c>, suggestions for a mistyped option and tab completion (the <c>[suggest]</c>
/// directive that <c>dotnet-suggest</c> uses) come from the parser.
/// </summary>
internal static class CommandLine
{
    internal const string Usage = """
        Användning / Usage:
          medborgarlofte validate <indata…> [--format text|json|sarif|github] [--as-of ÅÅÅÅ-MM-DD] [--quiet]
                                  [--warnings-as-errors] [--no-color] [--recursive] [--stdin-name NAMN]
              Validerar medborgarlöften och uppföljningar. / Validates agreements and follow-ups.
              Indata / inputs: filer / files, kataloger / directories, 'mönster/*.json' / patterns, - (standard in / input)
          medborgarlofte report <löfte.json> <uppföljning.json> [--as-of ÅÅÅÅ-MM-DD] [--out KATALOG]
              Utvärderar en uppföljning: uppfoljning.md och framsteg.svg. / Evaluates a follow-up.
          medborgarlofte format <indata…> [--check]
              Skriver om filer i kanonisk form. / Rewrites files in canonical form.
          medborgarlofte schema
              Skriver formatets JSON Schema. / Prints the format's JSON Schema.
          medborgarlofte render <fil> --format md|html [--lang sv|en] [--out FIL]
          medborgarlofte render <filer…> --format md|html [--lang sv|en] --out-dir KATALOG
              Återger dokumentet som medborgarna läser. / Renders the document citizens read.
          medborgarlofte diff <äldre> <nyare> [--format md|json]
              Visar vad som ändrats mellan två revideringar. / Shows what changed between two revisions.
          medborgarlofte new --kommun KOD --year ÅÅÅÅ
              Skapar ett skelett till medborgarlöfte ur kodlistorna. / Creates a skeleton agreement from the code lists.
          medborgarlofte import <fil> [--out FIL] [--report FIL]
              Läser ett publicerat medborgarlöfte (.docx, .pdf, .html, .md, .txt) till ett utkast.
              Imports a published agreement (.docx, .pdf, .html, .md, .txt) into a draft.
          medborgarlofte followup-template <löfte.json> --out <uppfoljning.xlsx|.csv>
          medborgarlofte import <uppfoljning.xlsx|.csv> --agreement <löfte.json> [--out FIL]
              Skriver en uppföljningsmall och läser den ifyllda mallen till en uppföljning.
              Writes a follow-up template and reads the filled-in template into a follow-up.
          medborgarlofte --version
          medborgarlofte <kommando> --help
              Hjälp för ett kommando. / Help for one command.

        Val skrivs --val värde eller --val=värde; efter -- är allt indata.
        Options are written --option value or --option=value; after -- everything is an input.
        """;

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliConsole { Out = stdout, Error = stderr });

    internal static int Run(string[] args, CliConsole console)
    {
        var root = Build(console);

        // No response files: an argument starting with @ is a file name like any other.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is ParseErrorAction)
        {
            return UsageErrors.Write(result, console.Error);
        }

        if (result.Action is not BilingualHelpAction && UsageErrors.OptionLikeArgument(result) is { } unknown)
        {
            return UsageErrors.UnknownOption(result, unknown, console.Error);
        }

        return result.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("medborgarlofte: medborgarlöften / agreements")
        {
            ValidateCommand.Create(console),
            ReportCommand.Create(console),
            FormatCommand.Create(console),
            SchemaCommand.Create(console),
            RenderCommand.Create(console),
            DiffCommand.Create(console),
            NewCommand.Create(console),
            ImportCommand.Create(console),
            FollowUpTemplateCommand.Create(console),
        };
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Action = new BilingualHelpAction(Usage);
                    break;
                case VersionOption version:
                    version.Action = new VersionAction();
                    break;
            }
        }

        root.SetAction(result =>
        {
            // Without a command: the usage, as an error, so that a script that forgot its command fails.
            console.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary>Prints the library's version, as <c>0.3.0</c>.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(typeof(Medborgarlofte.AgreementJson).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Success;
        }
    }
}
