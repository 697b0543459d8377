using System.IO;
using Medborgarlofte.Cli;

namespace Medborgarlofte.Tests.Support;

/// <summary>Runs the <c>medborgarlofte</c> command in process, as a test sees it: exit code, standard output, standard error.</summary>
internal static class CliRun
{
    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
