using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>report &lt;promise.json&gt; &lt;followup.json&gt; [--as-of DATE] [--out DIR]</c>: writes the follow-up
/// summary (<c>uppfoljning.md</c>) and the progress chart (<c>framsteg.svg</c>). Without <c>--as-of</c>,
/// the follow-up's own as-of date is used.
/// </summary>
internal static class ReportCommand
{
    internal const string MarkdownFile = "uppfoljning.md";
    internal const string ChartFile = "framsteg.svg";

    internal const string Help = """
        medborgarlofte report <löfte.json> <uppföljning.json> [--as-of ÅÅÅÅ-MM-DD] [--out KATALOG]
          Utvärderar en uppföljning: uppfoljning.md och framsteg.svg. / Evaluates a follow-up.

        Val / Options:
          <löfte.json> <uppföljning.json>
                                 medborgarlöftet och dess uppföljning; den ena får vara - (standard in) /
                                 the agreement and its follow-up; one may be - (standard input)
          --as-of ÅÅÅÅ-MM-DD     utvärderingsdagen / the day of evaluation (standard / default: uppföljningens / the follow-up's)
          --out KATALOG          var filerna skrivs / where the files go (standard / default: .)
          --stdin-name NAMN      namnet på standard in / the name of standard input
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("filer") { Arity = ArgumentArity.ZeroOrMore };
        var asOf = OptionChecks.Date("--as-of", "Utvärderingsdagen / The day of evaluation");
        var outDirectory = new Option<string>("--out") { HelpName = "KATALOG", Description = "Utkatalog / Output directory" };
        var options = new InputOptions();
        var command = new BilingualCommand("report", "Utvärderar en uppföljning / Evaluates a follow-up", Help)
        {
            files, asOf, outDirectory, options.StdinName,
        };
        command.SetAction(result =>
        {
            return options.Pair(result, files, console, "Ange medborgarlöftet och uppföljningen / Give the agreement and the follow-up", out var exit) is { } pair
                ? Run(pair.First, pair.Second, OptionChecks.ParseDate(result.GetValue(asOf)), result.GetValue(outDirectory) ?? ".", console)
                : exit;
        });
        return command;
    }

    private static int Run(InputSource promiseSource, InputSource followUpSource, NodaTime.LocalDate? asOf, string outDirectory, CliConsole console)
    {
        var promiseBytes = promiseSource.Read(console);
        var followUpBytes = followUpSource.Read(console);
        if (promiseBytes is null || followUpBytes is null)
        {
            return ExitCodes.Usage;
        }

        // Both documents are validated before anything is evaluated: a report is never drawn from invalid input.
        // The agreement's rules apply on the day evaluated, the follow-up's own as-of date unless --as-of is given.
        var alone = FollowUpValidator.Validate(followUpBytes);
        var day = asOf ?? alone.FollowUp?.AsOf;
        var agreement = AgreementValidator.Validate(promiseBytes, day is { } d ? new ValidationOptions { AsOf = d } : null);
        if (!agreement.IsValid || agreement.Agreement is not { } promise)
        {
            console.Error.WriteLine($"{promiseSource.Name}: medborgarlöftet är ogiltigt, kör validate / the agreement is invalid, run validate");
            DiagnosticLines.Write(console.Error, promiseSource.Name, promiseBytes, agreement.Diagnostics);
            if (!alone.IsValid)
            {
                DiagnosticLines.Write(console.Error, followUpSource.Name, followUpBytes, alone.Diagnostics);
            }

            return ExitCodes.Invalid;
        }

        // Reading, the follow-up's structure and the checks against the agreement, in one pass.
        var followUp = alone.IsValid ? FollowUpValidator.Validate(followUpBytes, promise) : alone;
        DiagnosticLines.Write(console.Error, followUpSource.Name, followUpBytes, followUp.Diagnostics);
        if (followUp.FollowUp is not { } document)
        {
            return ExitCodes.Invalid;
        }

        var evaluation = FollowUpEvaluator.Evaluate(promise, document, asOf ?? document.AsOf);
        try
        {
            Directory.CreateDirectory(outDirectory);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            File.WriteAllText(Path.Combine(outDirectory, MarkdownFile), FollowUpMarkdownRenderer.Render(evaluation, ChartFile), utf8);
            File.WriteAllText(Path.Combine(outDirectory, ChartFile), ProgressChart.Render(evaluation), utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"Kunde inte skriva / Could not write {outDirectory}: {e.Message}");
            return ExitCodes.Usage;
        }

        var state = StateNames.Of(evaluation.State);
        console.Out.WriteLine($"{Path.Combine(outDirectory, MarkdownFile)}, {Path.Combine(outDirectory, ChartFile)}: {state.Swedish} / {state.English}");
        return ExitCodes.Success;
    }
}
