using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Cli.Output;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// One diagnostic as a line compilers and CI problem matchers read:
/// <c>file:line:column: error ML3002: Swedish / English (pointer)</c>. Every command prints diagnostics this way.
/// </summary>
internal static class DiagnosticLines
{
    private const string Reset = "\u001b[0m";

    internal static string Format(string path, (int Line, int Column) location, Diagnostic d, bool colour)
    {
        var severity = ValidationReportJson.SeverityName(d.Severity);
        return $"{path}:{location.Line}:{location.Column}: {Paint(severity, ColourOf(d.Severity), colour)} {d.Code}: {d.Message.Swedish} / {d.Message.English ?? d.Message.Swedish} ({(d.Pointer.Length == 0 ? "/" : d.Pointer)})";
    }

    /// <summary>Writes every diagnostic of a document that could not be used, located in its bytes.</summary>
    internal static void Write(TextWriter writer, string path, byte[] bytes, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Format(path, (d.Line ?? 1, d.Column ?? 1), d, colour: false));
        }
    }

    internal static string Paint(string text, string colour, bool on) => on ? colour + text + Reset : text;

    internal static string ColourOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[31m",
        DiagnosticSeverity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
