using System;
using System.CommandLine;
using System.IO;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.Json;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>format &lt;inputs…&gt; [--check]</c>: rewrites valid files in canonical form, or checks that they are. Standard
/// input (<c>-</c>) is written in canonical form to standard output.
/// </summary>
internal static class FormatCommand
{
    internal const string Help = """
        medborgarlofte format <indata…> [--check]
          Skriver om filer i kanonisk form. / Rewrites files in canonical form.

        Indata / Inputs:
          filer, kataloger (--recursive), mönster ('*.json'); - läser standard in och skriver till standard ut /
          files, directories (--recursive), patterns ('*.json'); - reads standard input and writes standard output

        Val / Options:
          --check                ändra inget; slutkod 1 om någon fil inte är i kanonisk form /
                                 change nothing; exit code 1 when a file is not in canonical form
          -r, --recursive        sök i underkataloger / search subdirectories
          --stdin-name NAMN      namnet på standard in / the name of standard input
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("indata") { Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Kontrollera bara / Check only" };
        var options = new InputOptions();
        var command = new BilingualCommand("format", "Skriver om i kanonisk form / Rewrites in canonical form", Help) { inputs, check };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var sources = options.Resolve(result, inputs, console, out var exit);
            return sources is null ? exit : Run(sources, result.GetValue(check), console);
        });
        return command;
    }

    private static int Run(System.Collections.Generic.List<InputSource> sources, bool check, CliConsole console)
    {
        var exit = ExitCodes.Success;
        foreach (var source in sources)
        {
            var bytes = source.Read(console);
            if (bytes is null)
            {
                return ExitCodes.Usage;
            }

            var read = AgreementJson.Read(bytes);
            if (!read.Success)
            {
                console.Out.WriteLine($"{source.Name}: kan inte läsas, kör validate / cannot be read, run validate");
                DiagnosticLines.Write(console.Error, source.Name, bytes, read.Diagnostics);
                exit = ExitCodes.Invalid;
                continue;
            }

            var canonical = AgreementJson.WriteToUtf8Bytes(read.Value);
            var same = canonical.AsSpan().SequenceEqual(bytes);
            if (check)
            {
                if (!same)
                {
                    console.Out.WriteLine($"{source.Name}: inte i kanonisk form / not in canonical form");
                    exit = ExitCodes.Invalid;
                }
            }
            else if (source.Path is null)
            {
                console.Out.Write(System.Text.Encoding.UTF8.GetString(canonical));
            }
            else if (!same)
            {
                try
                {
                    File.WriteAllBytes(source.Path, canonical);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{source.Name}: kan inte skrivas / cannot be written: {e.Message}");
                    return ExitCodes.Usage;
                }

                console.Out.WriteLine($"{source.Name}: omskriven / rewritten");
            }
        }

        return exit;
    }
}
