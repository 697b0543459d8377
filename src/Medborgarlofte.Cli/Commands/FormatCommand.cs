using System;
using System.IO;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary><c>format &lt;files…&gt; [--check]</c>: rewrites valid files in canonical form, or checks that they are.</summary>
internal static class FormatCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var check = false;
        var exit = ExitCodes.Success;
        var any = false;
        foreach (var arg in args)
        {
            if (arg == "--check")
            {
                check = true;
            }
        }

        foreach (var file in args)
        {
            if (file == "--check")
            {
                continue;
            }

            any = true;
            if (!File.Exists(file))
            {
                stderr.WriteLine($"{file}: filen finns inte / file not found");
                return ExitCodes.Usage;
            }

            var bytes = File.ReadAllBytes(file);
            var read = AgreementJson.Read(bytes);
            if (!read.Success)
            {
                stdout.WriteLine($"{file}: kan inte läsas, kör validate / cannot be read, run validate");
                exit = ExitCodes.Invalid;
                continue;
            }

            var canonical = AgreementJson.WriteToUtf8Bytes(read.Value);
            if (canonical.AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            if (check)
            {
                stdout.WriteLine($"{file}: inte i kanonisk form / not in canonical form");
                exit = ExitCodes.Invalid;
            }
            else
            {
                File.WriteAllBytes(file, canonical);
                stdout.WriteLine($"{file}: omskriven / rewritten");
            }
        }

        if (!any)
        {
            stderr.WriteLine(CommandLine.Usage);
            return ExitCodes.Usage;
        }

        return exit;
    }
}
