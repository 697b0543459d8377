using System;
using System.IO;
using System.Text;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.FollowUp;
using Medborgarlofte.FollowUp.Evaluation;
using Medborgarlofte.FollowUp.Reporting;
using Medborgarlofte.Json;
using NodaTime.Text;

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

    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? promisePath = null, followUpPath = null, asOfText = null, outDirectory = ".";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--as-of" when i + 1 < args.Length:
                    asOfText = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDirectory = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || followUpPath is not null)
                    {
                        stderr.WriteLine($"Okänt eller ofullständigt argument / Unknown or incomplete argument: {args[i]}");
                        return ExitCodes.Usage;
                    }

                    if (promisePath is null)
                    {
                        promisePath = args[i];
                    }
                    else
                    {
                        followUpPath = args[i];
                    }

                    break;
            }
        }

        if (promisePath is null || followUpPath is null)
        {
            stderr.WriteLine("Användning / Usage: medborgarlofte report <promise.json> <followup.json> [--as-of ÅÅÅÅ-MM-DD] [--out KATALOG]");
            return ExitCodes.Usage;
        }

        NodaTime.LocalDate? asOf = null;
        if (asOfText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            if (!parsed.Success)
            {
                stderr.WriteLine($"--as-of kräver ett datum ÅÅÅÅ-MM-DD / --as-of takes a date YYYY-MM-DD: {asOfText}");
                return ExitCodes.Usage;
            }

            asOf = parsed.Value;
        }

        foreach (var path in (ReadOnlySpan<string>)[promisePath, followUpPath])
        {
            if (!File.Exists(path))
            {
                stderr.WriteLine($"{path}: filen finns inte / file not found");
                return ExitCodes.Usage;
            }
        }

        var promise = AgreementJson.Read(File.ReadAllBytes(promisePath));
        if (!promise.Success)
        {
            Print(stderr, promisePath, promise.Diagnostics);
            return ExitCodes.Invalid;
        }

        // Reading, the schema's follow-up part and the checks against the agreement, in one pass.
        var followUp = FollowUpValidator.Validate(File.ReadAllBytes(followUpPath), promise.Value);
        Print(stderr, followUpPath, followUp.Diagnostics);
        if (!followUp.Success)
        {
            return ExitCodes.Invalid;
        }

        var evaluation = FollowUpEvaluator.Evaluate(promise.Value, followUp.Value, asOf ?? followUp.Value.AsOf);
        try
        {
            Directory.CreateDirectory(outDirectory);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            File.WriteAllText(Path.Combine(outDirectory, MarkdownFile), FollowUpMarkdown.Render(evaluation, ChartFile), utf8);
            File.WriteAllText(Path.Combine(outDirectory, ChartFile), ProgressChart.Render(evaluation), utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Kunde inte skriva / Could not write {outDirectory}: {e.Message}");
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"{Path.Combine(outDirectory, MarkdownFile)}, {Path.Combine(outDirectory, ChartFile)}: {StateNames.Of(evaluation.State).Swedish} / {StateNames.Of(evaluation.State).English}");
        return ExitCodes.Success;
    }

    private static void Print(TextWriter writer, string path, Collections.EquatableArray<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{path}: {d.Code} {d.Severity} {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message.Swedish} / {d.Message.English}");
        }
    }
}
