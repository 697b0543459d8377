using System;

namespace Medborgarlofte.Cli;

/// <summary>Entry point of the <c>medborgarlofte</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CommandLine.Run(args, CliConsole.FromProcess());
    }
}
