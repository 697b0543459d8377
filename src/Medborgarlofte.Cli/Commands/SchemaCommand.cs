using System;
using System.IO;
using Medborgarlofte.Schema;

namespace Medborgarlofte.Cli.Commands;

/// <summary><c>schema</c>: prints the format's JSON Schema (2020-12), exactly as shipped in the library.</summary>
internal static class SchemaCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!args.IsEmpty)
        {
            stderr.WriteLine($"schema tar inga argument / schema takes no arguments: {string.Join(' ', args.ToArray())}");
            stderr.WriteLine(CommandLine.Usage);
            return ExitCodes.Usage;
        }

        stdout.Write(FormatSchema.Text);
        return ExitCodes.Success;
    }
}
