using System;
using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Cli.Output;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>validate</c>'s text output: per file a line with its counts, then one line per diagnostic as compilers write them,
/// <c>file:line:column: error ML3002: Swedish / English (pointer)</c>, so that CI problem matchers place it; a hint
/// once per code and file. With <c>--quiet</c>, only what fails the run and the summary.
/// </summary>
internal static class ValidationText
{
    internal static void Write(List<FileReport> results, ValidationOutput output, TextWriter stdout)
    {
        int errors = 0, warnings = 0, info = 0;
        foreach (var (path, bytes, report) in results)
        {
            errors += report.ErrorCount;
            warnings += report.WarningCount;
            info += report.InfoCount;
            if (!output.Quiet)
            {
                stdout.WriteLine(report.ErrorCount == 0
                    ? $"{path}: {DiagnosticLines.Paint("OK", "\u001b[32m", output.Colour)}{(Counts(report.ErrorCount, report.WarningCount, report.InfoCount) is { Length: > 0 } counts ? $" ({counts})" : string.Empty)}"
                    : $"{path}: {Counts(report.ErrorCount, report.WarningCount, report.InfoCount)}");
            }

            var shown = new List<Diagnostic>();
            foreach (var d in report.Diagnostics)
            {
                if (!output.Quiet || d.Severity == DiagnosticSeverity.Error || (output.WarningsAsErrors && d.Severity == DiagnosticSeverity.Warning))
                {
                    shown.Add(d);
                }
            }

            if (shown.Count == 0)
            {
                continue;
            }

            var hinted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var severity in (ReadOnlySpan<DiagnosticSeverity>)[DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info])
            {
                foreach (var d in shown)
                {
                    if (d.Severity != severity)
                    {
                        continue;
                    }

                    stdout.WriteLine(DiagnosticLines.Format(path, (d.Line ?? 1, d.Column ?? 1), d, output.Colour));

                    // A hint is the same for every diagnostic of a code: shown once per file.
                    if (!output.Quiet && d.Hint is { } hint && hinted.Add(d.Code))
                    {
                        stdout.WriteLine($"    tips / hint: {hint.Swedish} / {hint.English ?? hint.Swedish}");
                    }
                }
            }
        }

        if (results.Count > 1 || output.Quiet)
        {
            stdout.WriteLine($"{results.Count} {(results.Count == 1 ? "fil / file" : "filer / files")}: {errors} fel / errors, {warnings} {(warnings == 1 ? "varning / warning" : "varningar / warnings")}, {info} info");
        }
    }

    private static string Counts(int errorCount, int warningCount, int infoCount)
    {
        var parts = new List<string>(3);
        if (errorCount > 0)
        {
            parts.Add($"{errorCount} fel / errors");
        }

        if (warningCount > 0)
        {
            parts.Add($"{warningCount} {(warningCount == 1 ? "varning / warning" : "varningar / warnings")}");
        }

        if (infoCount > 0)
        {
            parts.Add($"{infoCount} info");
        }

        return string.Join(", ", parts);
    }
}
