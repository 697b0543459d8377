using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Medborgarlofte.Cli.Output;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=ML3002::…</c>), which
/// the runner shows as annotations on the file's line. Info becomes a notice.
/// </summary>
internal static class GitHubAnnotationWriter
{
    internal static void Write(IReadOnlyList<FileReport> files, bool warningsAsErrors, TextWriter output)
    {
        foreach (var (path, bytes, report) in files)
        {
            if (report.Diagnostics.Count == 0)
            {
                continue;
            }

            foreach (var d in report.Diagnostics)
            {
                var (line, column) = (d.Line ?? 1, d.Column ?? 1);
                var command = d.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => warningsAsErrors ? "error" : "warning",
                    _ => "notice",
                };
                var message = $"{d.Message.Swedish} / {d.Message.English ?? d.Message.Swedish} ({(d.Pointer.Length == 0 ? "/" : d.Pointer)})";
                output.WriteLine($"::{command} file={Property(path)},line={line},col={column},title={Property(d.Code)}::{Data(message)}");
            }
        }
    }

    // The runner's escaping: data may not hold a line break; a property may not hold ':' or ',' either.
    private static string Data(string text) => new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string Property(string text) => new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
