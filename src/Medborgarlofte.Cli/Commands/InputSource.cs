using System;
using System.IO;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// One input of a command (indata): a file, a device or pipe named on the command line, or standard input (<c>-</c>)
/// under the name given by <c>--stdin-name</c>. Every command reads its inputs through <see cref="Read"/>, which
/// guarantees:
/// <list type="bullet">
/// <item>at most <see cref="JsonLimits.MaxInputBytes"/> + 1 bytes are read from any input, whatever its size or kind
/// (<c>/dev/zero</c>, an endless pipe, a 20 GB file): memory is bounded by the limit, not by the input;</item>
/// <item>an input past the limit comes back as its first <c>MaxInputBytes + 1</c> bytes, so that the library's reader
/// reports it (ML0003) and the command exits 1 like for any other invalid input;</item>
/// <item>a missing file, a directory or a failed read is printed to standard error (Swedish / English) and gives
/// <see langword="null"/>: the command exits 2.</item>
/// </list>
/// </summary>
/// <param name="Name">The name reports show: the path as given or found, or the standard input's name.</param>
/// <param name="Path">The file's path, or <see langword="null"/> for standard input.</param>
internal sealed record InputSource(string Name, string? Path)
{
    /// <summary>The default name of standard input in reports.</summary>
    internal const string StandardInputName = "<stdin>";

    /// <summary>Gets a value indicating whether this is standard input.</summary>
    internal bool IsStandardInput => Path is null;

    /// <summary>
    /// Reads the input's bytes, at most <see cref="JsonLimits.MaxInputBytes"/> + 1 of the default limits; on failure
    /// prints why and returns <see langword="null"/> (exit code 2).
    /// </summary>
    internal byte[]? Read(CliConsole console)
    {
        try
        {
            if (Path is not null && !File.Exists(Path))
            {
                console.Error.WriteLine(Directory.Exists(Path)
                    ? $"{Name}: är en katalog / is a directory"
                    : $"{Name}: filen finns inte / file not found");
                return null;
            }

            using var stream = Path is null ? console.OpenStandardInput() : console.OpenFile(Path);
            return ReadAtMost(stream, JsonLimits.Default.MaxInputBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
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

    /// <summary>Reads until the end of <paramref name="stream"/> or <paramref name="count"/> bytes, whichever comes first.</summary>
    internal static byte[] ReadAtMost(Stream stream, int count)
    {
        // A file that knows its length is read into one buffer of that size (plus the read that finds the end);
        // a device or pipe into a buffer that doubles, never past the count.
        var known = stream.CanSeek ? stream.Length - stream.Position : -1;
        var buffer = new byte[known > 0 ? (int)Math.Min(known + 1, count) : Math.Min(64 * 1024, count)];
        var total = 0;
        while (total < count)
        {
            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, count));
            }

            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
