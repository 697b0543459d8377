using System;
using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Revisions;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>diff &lt;older&gt; &lt;newer&gt; [--format md|json]</c>: what was added, removed and changed between two revisions.
/// Exits 0 whether or not anything changed; 1 when a file cannot be read as an agreement.
/// </summary>
internal static class DiffCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>(2);
        var format = "md";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
            {
                if (i + 1 >= args.Length || (args[i + 1] != "md" && args[i + 1] != "json"))
                {
                    return Usage(stderr, "--format kräver md eller json / --format takes md or json");
                }

                format = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage(stderr, $"Okänt val / Unknown option: {args[i]}");
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count != 2)
        {
            return Usage(stderr, "Ange två filer, den äldre först / Give two files, the older first");
        }

        var older = CommandInput.Read(files[0], stderr, out var olderExit);
        var newer = CommandInput.Read(files[1], stderr, out var newerExit);
        if (older is null || newer is null)
        {
            return Math.Max(olderExit, newerExit);
        }

        var diff = AgreementComparer.Compare(older, newer);
        stdout.Write(format == "json" ? DiffJsonWriter.Write(diff) : DiffMarkdownWriter.Write(diff));
        return ExitCodes.Success;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(CommandLine.Usage);
        return ExitCodes.Usage;
    }
}
