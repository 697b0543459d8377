using System.IO;

namespace Medborgarlofte.Cli.Commands;

/// <summary>Writing a command's output, with the exit codes every command shares (reading is <see cref="InputSource"/>).</summary>
internal static class CommandInput
{
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
}
