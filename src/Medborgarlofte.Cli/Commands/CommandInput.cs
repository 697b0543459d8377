using System.IO;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary>Reading an agreement for a command, and writing its output, with the exit codes every command shares.</summary>
internal static class CommandInput
{
    /// <summary>Reads a file; on failure prints why to <paramref name="stderr"/> and returns the exit code in <paramref name="exit"/>.</summary>
    internal static Agreement? Read(string file, TextWriter stderr, out int exit)
    {
        if (!File.Exists(file))
        {
            stderr.WriteLine($"{file}: filen finns inte / file not found");
            exit = ExitCodes.Usage;
            return null;
        }

        ReadResult<Agreement> read;
        using (var stream = File.OpenRead(file))
        {
            read = AgreementJson.Read(stream);
        }

        if (!read.Success)
        {
            stderr.WriteLine($"{file}: kan inte läsas / cannot be read");
            foreach (var d in read.Diagnostics)
            {
                stderr.WriteLine($"  {d.Code} {SeverityName(d.Severity)} {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message.Swedish} / {d.Message.English}");
            }

            exit = ExitCodes.Invalid;
            return null;
        }

        exit = ExitCodes.Success;
        return read.Value;
    }

    /// <summary>
    /// Lets <paramref name="write"/> write to <paramref name="outFile"/> (UTF-8 without BOM) or, when null, to
    /// <paramref name="stdout"/>, as it goes: a large rendering is never held whole in memory.
    /// </summary>
    internal static int Write(System.Action<TextWriter> write, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (outFile is null)
        {
            write(stdout);
            return ExitCodes.Success;
        }

        try
        {
            using var output = new StreamWriter(outFile, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(output);
            return ExitCodes.Success;
        }
        catch (IOException exception)
        {
            stderr.WriteLine($"{outFile}: kan inte skrivas / cannot be written: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (System.UnauthorizedAccessException exception)
        {
            stderr.WriteLine($"{outFile}: kan inte skrivas / cannot be written: {exception.Message}");
            return ExitCodes.Usage;
        }
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
