using System;
using System.CommandLine;
using System.IO;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>render &lt;file&gt; --format md|html [--lang sv|en] [--out FILE]</c>: the document citizens read;
/// or <c>render &lt;inputs…&gt; --format md|html [--lang sv|en] --out-dir DIR</c>: one rendering per file,
/// named after it (<c>bastad-2024.html</c>).
/// </summary>
internal static class RenderCommand
{
    internal const string Help = """
        medborgarlofte render <fil> --format md|html [--lang sv|en] [--out FIL]
        medborgarlofte render <indata…> --format md|html [--lang sv|en] --out-dir KATALOG
          Återger dokumentet som medborgarna läser. / Renders the document citizens read.

        Indata / Inputs:
          filer, kataloger (--recursive), mönster ('*.json'), - (standard in) /
          files, directories (--recursive), patterns ('*.json'), - (standard input)

        Val / Options:
          --format md|html       Markdown eller / or HTML (krävs / required)
          --lang sv|en           språk / language (standard / default: sv)
          --out FIL              skriv till filen / write to the file (standard / default: standard ut / output)
          --out-dir KATALOG      en fil per indata, uppkallad efter den / one file per input, named after it
          -r, --recursive        sök i underkataloger / search subdirectories
          --stdin-name NAMN      namnet på standard in / the name of standard input
          -h, --help             den här hjälpen / this help
        """;

    internal static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("indata") { Arity = ArgumentArity.ZeroOrMore };
        var format = OptionChecks.Choice("--format", "md|html", "Utdataformat / Output format", "md", "html");
        var language = OptionChecks.Choice("--lang", "sv|en", "Språk / Language", "sv", "en");
        var outFile = new Option<string>("--out") { HelpName = "FIL", Description = "Utfil / Output file" };
        var outDirectory = new Option<string>("--out-dir") { HelpName = "KATALOG", Description = "Utkatalog / Output directory" };
        var options = new InputOptions();
        var command = new BilingualCommand("render", "Återger dokumentet / Renders the document", Help)
        {
            inputs, format, language, outFile, outDirectory,
        };
        options.AddTo(command);
        command.SetAction(result =>
        {
            var file = result.GetValue(outFile);
            var directory = result.GetValue(outDirectory);
            if (directory is not null && file is not null)
            {
                return UsageErrors.Fail(console.Error, result, "--out och --out-dir utesluter varandra / --out and --out-dir exclude each other");
            }

            if (result.GetValue(format) is not { } chosen)
            {
                return UsageErrors.Fail(console.Error, result, "Ange --format md eller html / Give --format md or html");
            }

            var sources = options.Resolve(result, inputs, console, out var exit);
            if (sources is null)
            {
                return exit;
            }

            if (sources.Count > 1 && directory is null)
            {
                return UsageErrors.Fail(console.Error, result, "Flera filer kräver --out-dir / Several files need --out-dir");
            }

            return Run(sources, chosen, new RenderOptions { Language = result.GetValue(language) ?? "sv" }, file, directory, console);
        });
        return command;
    }

    private static int Run(System.Collections.Generic.List<InputSource> sources, string format, RenderOptions options, string? outFile, string? outDirectory, CliConsole console)
    {
        var result = ExitCodes.Success;
        foreach (var source in sources)
        {
            var agreement = source.ReadAgreement(console, out var exit);
            if (agreement is null)
            {
                if (exit == ExitCodes.Usage)
                {
                    return exit;
                }

                result = exit;
                continue;
            }

            var target = outDirectory is null ? outFile : Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(source.Name) + (format == "html" ? ".html" : ".md"));
            if (outDirectory is not null)
            {
                try
                {
                    Directory.CreateDirectory(outDirectory);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{outDirectory}: kan inte skapas / cannot be created: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

            var written = format == "html"
                ? CommandInput.Write(output => HtmlRenderer.Render(agreement, output, options), target, console.Out, console.Error)
                : CommandInput.Write(output => MarkdownRenderer.Render(agreement, output, options), target, console.Out, console.Error);
            if (written != ExitCodes.Success)
            {
                return written;
            }

            if (target is not null && outDirectory is not null)
            {
                console.Out.WriteLine(target);
            }
        }

        return result;
    }
}
