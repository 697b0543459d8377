using System;
using System.IO;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary>One input of a command: a file, or standard input (<c>-</c>) under the name given by <c>--stdin-name</c>.</summary>
/// <param name="Name">The name reports show: the path as given or found, or the standard input's name.</param>
/// <param name="Path">The file's path, or <see langword="null"/> for standard input.</param>
internal sealed record InputSource(string Name, string? Path)
{
    /// <summary>The default name of standard input in reports.</summary>
    internal const string StandardInputName = "<stdin>";

    /// <summary>Gets a value indicating whether this is standard input.</summary>
    internal bool IsStandardInput => Path is null;

    /// <summary>Reads the input's bytes; on failure prints why and returns <see langword="null"/> (exit code 2).</summary>
    internal byte[]? Read(CliConsole console)
    {
        try
        {
            if (Path is null)
            {
                // Read at most one byte past the limit: the library then reports the input as too large.
                using var stdin = console.OpenStandardInput();
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                var limit = (long)JsonLimits.Default.MaxInputBytes + 1;
                int n;
                while (buffer.Length < limit && (n = stdin.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
                {
                    buffer.Write(chunk, 0, n);
                }

                return buffer.ToArray();
            }

            if (!File.Exists(Path))
            {
                console.Error.WriteLine(Directory.Exists(Path)
                    ? $"{Name}: är en katalog / is a directory"
                    : $"{Name}: filen finns inte / file not found");
                return null;
            }

            return File.ReadAllBytes(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{Name}: filen kan inte läsas / file cannot be read ({e.Message})");
            return null;
        }
    }

    /// <summary>
    /// Reads the input as an agreement; on failure prints why (each diagnostic on its line) and returns
    /// <see langword="null"/> with the exit code: 2 when it cannot be read, 1 when it is not an agreement.
    /// </summary>
    internal Agreement? ReadAgreement(CliConsole console, out int exit)
    {
        var bytes = Read(console);
        if (bytes is null)
        {
            exit = ExitCodes.Usage;
            return null;
        }

        var read = AgreementJson.Read(bytes);
        if (!read.Success)
        {
            console.Error.WriteLine($"{Name}: kan inte läsas som medborgarlöfte / cannot be read as an agreement");
            DiagnosticLines.Write(console.Error, Name, bytes, read.Diagnostics);
            exit = ExitCodes.Invalid;
            return null;
        }

        exit = ExitCodes.Success;
        return read.Value;
    }
}
