using System;
using System.IO;

namespace Medborgarlofte.Cli;

/// <summary>
/// What a command sees of its process: the output streams, standard input, the environment and whether output is a
/// terminal. A test gives its own; <see cref="Program"/> gives the real ones.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input (read for the input <c>-</c>).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = static () => Stream.Null;

    /// <summary>
    /// Opens a file, device or pipe named on the command line for reading (tests count what is read through it). Only
    /// <see cref="Commands.InputSource"/> calls it, and reads at most <c>MaxInputBytes + 1</c> bytes from what it opens.
    /// </summary>
    public Func<string, Stream> OpenFile { get; init; } = static path =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0); // no read-ahead past what is asked

    /// <summary>Reads an environment variable (<c>NO_COLOR</c>).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = static _ => null;

    /// <summary>Whether standard output is a terminal, where colour helps; false for a file or a pipe.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>The process's own console.</summary>
    internal static CliConsole FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OpenStandardInput = Console.OpenStandardInput,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        OutputIsTerminal = !Console.IsOutputRedirected,
    };
}
