using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Cli.Output;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Validation;
using NodaTime;
using NodaTime.Text;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>validate &lt;files…&gt; [--format text|json|sarif] [--as-of YYYY-MM-DD]</c>: reading, structure and
/// rules for each file; every diagnostic, grouped by file. Exit 0 when no file has an error.
/// </summary>
internal static class ValidateCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        var format = "text";
        LocalDate? asOf = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || (args[i + 1] != "text" && args[i + 1] != "json" && args[i + 1] != "sarif"))
                {
                    stderr.WriteLine("--format kräver text, json eller sarif / --format takes text, json or sarif");
                    return ExitCodes.Usage;
                }

                format = args[++i];
            }
            else if (args[i] == "--as-of")
            {
                var parsed = i + 1 < args.Length ? LocalDatePattern.Iso.Parse(args[i + 1]) : null;
                if (parsed is null || !parsed.Success || args[i + 1].Length != 10)
                {
                    stderr.WriteLine("--as-of kräver ett datum ÅÅÅÅ-MM-DD / --as-of takes a date YYYY-MM-DD");
                    return ExitCodes.Usage;
                }

                asOf = parsed.Value;
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"Okänt val / Unknown option: {args[i]}");
                return ExitCodes.Usage;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("Ange minst en fil / Give at least one file");
            stderr.WriteLine(CommandLine.Usage);
            return ExitCodes.Usage;
        }

        var options = new ValidationOptions { AsOf = asOf };
        var results = new List<FileReport>(files.Count);
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file}: filen kan inte läsas / file cannot be read ({e.Message})");
                return ExitCodes.Usage;
            }

            results.Add(new FileReport(file, bytes, AgreementValidator.Validate(bytes, options)));
        }

        switch (format)
        {
            case "json":
                WriteJson(results, stdout);
                break;
            case "sarif":
                WriteSarif(results, stdout);
                break;
            default:
                WriteText(results, stdout);
                break;
        }

        return results.TrueForAll(r => r.Report.ErrorCount == 0) ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private static void WriteText(List<FileReport> results, TextWriter stdout)
    {
        int errors = 0, warnings = 0, info = 0;
        foreach (var (path, _, report) in results)
        {
            errors += report.ErrorCount;
            warnings += report.WarningCount;
            info += report.InfoCount;
            stdout.WriteLine(report.ErrorCount == 0
                ? $"{path}: OK{(Counts(report) is { Length: > 0 } counts ? $" ({counts})" : string.Empty)}"
                : $"{path}: {Counts(report)}");
            var hinted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var severity in (ReadOnlySpan<DiagnosticSeverity>)[DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info])
            {
                foreach (var d in report.Diagnostics)
                {
                    if (d.Severity != severity)
                    {
                        continue;
                    }

                    stdout.WriteLine($"  {d.Code} {ValidationReportJson.SeverityName(d.Severity)} {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message.Swedish} / {d.Message.English ?? d.Message.Swedish}");
                    // A hint is the same for every diagnostic of a code: shown once per file.
                    if (d.Hint is { } hint && hinted.Add(d.Code))
                    {
                        stdout.WriteLine($"      tips / hint: {hint.Swedish} / {hint.English ?? hint.Swedish}");
                    }
                }
            }
        }

        if (results.Count > 1)
        {
            stdout.WriteLine($"{results.Count} filer / files: {errors} fel / errors, {warnings} varningar / warnings, {info} info");
        }
    }

    private static string Counts(ValidationReport report)
    {
        var parts = new List<string>(3);
        if (report.ErrorCount > 0)
        {
            parts.Add($"{report.ErrorCount} fel / errors");
        }

        if (report.WarningCount > 0)
        {
            parts.Add($"{report.WarningCount} {(report.WarningCount == 1 ? "varning / warning" : "varningar / warnings")}");
        }

        if (report.InfoCount > 0)
        {
            parts.Add($"{report.InfoCount} info");
        }

        return string.Join(", ", parts);
    }

    private static void WriteJson(List<FileReport> results, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("files");
            foreach (var (path, _, report) in results)
            {
                ValidationReportJson.Write(w, report, path);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSarif(List<FileReport> results, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        SarifWriter.Write(buffer, results);
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
