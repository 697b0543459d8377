using System;
using System.CommandLine;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.Revisions;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>diff &lt;older&gt; &lt;newer&gt; [--format md|json]</c>: what was added, removed and changed between two revisions.
/// Exits 0 whether or not anything changed; 1 when a file is not an agreement; 2 when it cannot be read.
/// </summary>
internal static class DiffCommand
{
    internal const string Help = """
        medborgarlofte diff <äldre> <nyare> [--format md|json]
          Visar vad som ändrats mellan två revideringar (slutkod 0 även när något ändrats).
          Shows what changed between two revisions (exit code 0 also when something changed).

        Val / Options:
          <äldre> <nyare>        två filer; den ena får vara - (standard in) / two files; one may be - (standard input)
          --format md|json       Markdown (standard / default) eller / or JSON
          --stdin-name NAMN      namnet på standard in / the name of standard input
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("filer") { Arity = ArgumentArity.ZeroOrMore };
        var format = OptionChecks.Choice("--format", "md|json", "Utdataformat / Output format", "md", "json");
        var options = new InputOptions();
        var command = new BilingualCommand("diff", "Visar ändringar mellan revideringar / Shows changes between revisions", Help)
        {
            files, format, options.StdinName,
        };
        command.SetAction(result =>
        {
            if (options.Pair(result, files, console, "Ange två filer, den äldre först / Give two files, the older first", out var exit) is not { } pair)
            {
                return exit;
            }

            var older = pair.First.ReadAgreement(console, out var olderExit);
            var newer = pair.Second.ReadAgreement(console, out var newerExit);
            if (older is null || newer is null)
            {
                return Math.Max(olderExit, newerExit);
            }

            var diff = AgreementComparer.Compare(older, newer);
            console.Out.Write(result.GetValue(format) == "json" ? AgreementDiffJson.Write(diff) : DiffMarkdownRenderer.Render(diff));
            return ExitCodes.Success;
        });
        return command;
    }
}
