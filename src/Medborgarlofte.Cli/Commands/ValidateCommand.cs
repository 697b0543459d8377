using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary><c>validate &lt;files…&gt; [--format text|json]</c>: reports every diagnostic, grouped by file.</summary>
internal static class ValidateCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        var format = "text";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || (args[i + 1] != "text" && args[i + 1] != "json"))
                {
                    stderr.WriteLine("--format kräver text eller json / --format takes text or json");
                    return ExitCodes.Usage;
                }

                format = args[++i];
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

        var results = new List<FileResult>(files.Count);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                stderr.WriteLine($"{file}: filen finns inte / file not found");
                return ExitCodes.Usage;
            }

            using var stream = File.OpenRead(file);
            var read = AgreementJson.Read(stream);
            results.Add(new FileResult(file, read.Diagnostics.ToImmutableArray(), !read.HasErrors));
        }

        if (format == "json")
        {
            WriteJson(results, stdout);
        }
        else
        {
            WriteText(results, stdout);
        }

        return results.TrueForAll(r => r.Valid) ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private static void WriteText(List<FileResult> results, TextWriter stdout)
    {
        foreach (var result in results)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            stdout.WriteLine(result.Valid ? $"{result.Path}: OK" : $"{result.Path}: {errors} fel / errors");
            foreach (var d in result.Diagnostics)
            {
                stdout.WriteLine($"  {d.Code} {SeverityName(d.Severity)} {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message.Swedish} / {d.Message.English}");
            }
        }
    }

    private static void WriteJson(List<FileResult> results, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("files");
            foreach (var result in results)
            {
                w.WriteStartObject();
                w.WriteString("path", result.Path);
                w.WriteBoolean("valid", result.Valid);
                w.WriteStartArray("diagnostics");
                foreach (var d in result.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("code", d.Code);
                    w.WriteString("severity", SeverityName(d.Severity));
                    w.WriteString("pointer", d.Pointer);
                    w.WriteStartObject("message");
                    foreach (var entry in d.Message.Entries)
                    {
                        w.WriteString(entry.Key, entry.Value);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private sealed record FileResult(string Path, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, bool Valid);
}
