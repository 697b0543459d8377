using System;
using System.IO;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Cli.Commands;

/// <summary><c>render &lt;file&gt; --format md|html [--lang sv|en] [--out FILE]</c>: the document citizens read.</summary>
internal static class RenderCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, format = null, language = "sv", outFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    if (i + 1 >= args.Length || (args[i + 1] != "md" && args[i + 1] != "html"))
                    {
                        return Usage(stderr, "--format kräver md eller html / --format takes md or html");
                    }

                    format = args[++i];
                    break;
                case "--lang":
                    if (i + 1 >= args.Length || (args[i + 1] != "sv" && args[i + 1] != "en"))
                    {
                        return Usage(stderr, "--lang kräver sv eller en / --lang takes sv or en");
                    }

                    language = args[++i];
                    break;
                case "--out":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Usage(stderr, "--out kräver ett filnamn / --out takes a file name");
                    }

                    outFile = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Usage(stderr, $"Okänt val / Unknown option: {args[i]}");
                    }

                    if (file is not null)
                    {
                        return Usage(stderr, "Ange en fil / Give one file");
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            return Usage(stderr, "Ange en fil / Give a file");
        }

        if (format is null)
        {
            return Usage(stderr, "Ange --format md eller html / Give --format md or html");
        }

        var agreement = CommandInput.Read(file, stderr, out var exit);
        if (agreement is null)
        {
            return exit;
        }

        var options = new RenderOptions { Language = language };
        var text = format == "html" ? HtmlRenderer.Render(agreement, options) : MarkdownRenderer.Render(agreement, options);
        return CommandInput.Write(text, outFile, stdout, stderr);
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(CommandLine.Usage);
        return ExitCodes.Usage;
    }
}
