using System;
using System.Diagnostics;

namespace Medborgarlofte.Tests.Support;

/// <summary>Runs a Node.js script of <c>tests/</c> to its end and gives its standard output; any failure is an exception.</summary>
internal static class NodeScript
{
    /// <summary>Gets a <c>node</c> command for a script named relative to the repository root, run there, its output redirected.</summary>
    internal static ProcessStartInfo Start(params string[] script)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(script));
        return start;
    }

    /// <summary>Runs <paramref name="start"/> (a <c>node</c> command), waits at most <paramref name="timeout"/>, and gives its standard output.</summary>
    /// <param name="start">The command, with its output redirected.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="what">What it is, for the messages ("Ajv", "The browser check").</param>
    internal static string Run(ProcessStartInfo start, TimeSpan timeout, string what)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"node (Node.js) is needed to run {what} and was not found on PATH: " + e.Message, e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{what} did not finish within {timeout}.");
            }

            return process.ExitCode == 0
                ? stdout
                : throw new InvalidOperationException($"{what} failed (exit {process.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        }
    }
}
