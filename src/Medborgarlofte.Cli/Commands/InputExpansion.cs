using System;
using System.Collections.Generic;
using System.IO;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// Turns a command's arguments into its inputs: <c>-</c> is standard input, a directory gives its <c>*.json</c> files
/// (below it too with <c>--recursive</c>), a pattern the shell did not expand is expanded here; each file once.
/// </summary>
internal static class InputExpansion
{
    /// <summary>Expands <paramref name="arguments"/>; on a problem prints it and returns <see langword="null"/> (exit code 2).</summary>
    internal static List<InputSource>? Expand(IReadOnlyList<string> arguments, bool recursive, string? stdinName, TextWriter stderr)
    {
        var inputs = new List<InputSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stdinUsed = false;
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (stdinUsed)
                {
                    stderr.WriteLine("- (standard input) kan bara anges en gång / - (standard input) can be given only once");
                    return null;
                }

                stdinUsed = true;
                inputs.Add(new InputSource(stdinName ?? InputSource.StandardInputName, null));
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.GetFiles(argument, "*.json", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly);
                Array.Sort(files, StringComparer.Ordinal);
                if (files.Length == 0)
                {
                    stderr.WriteLine($"{argument}: katalogen har inga .json-filer / the directory has no .json files{(recursive ? string.Empty : " (--recursive?)")}");
                    return null;
                }

                Add(files, inputs, seen);
            }
            else if (!File.Exists(argument) && Glob.IsPattern(argument))
            {
                var files = Glob.Expand(argument);
                if (files.Count == 0)
                {
                    stderr.WriteLine($"{argument}: inga filer matchar / no files match");
                    return null;
                }

                Add(files, inputs, seen);
            }
            else
            {
                // A missing file is reported when it is read, in order with the others.
                Add([argument], inputs, seen);
            }
        }

        return inputs;
    }

    private static void Add(IEnumerable<string> files, List<InputSource> inputs, HashSet<string> seen)
    {
        foreach (var file in files)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                inputs.Add(new InputSource(file, file));
            }
        }
    }
}
