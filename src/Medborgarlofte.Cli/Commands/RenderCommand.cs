using System;
using System.IO;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>render &lt;file&gt; --format md|html [--lang sv|en] [--out FILE]</c>: the document citizens read;
/// or <c>render &lt;files…&gt; --format md|html [--lang sv|en] --out-dir DIR</c>: one rendering per file,
/// named after it (<c>bastad-2024.html</c>).
/// </summary>
internal static class RenderCommand
{
    internal static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? format = null, language = "sv", outFile = null, outDirectory = null;
        var files = new System.Collections.Generic.List<string>();
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
                case "--out-dir":
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Usage(stderr, "--out-dir kräver en katalog / --out-dir takes a directory");
                    }

                    outDirectory = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Usage(stderr, $"Okänt val / Unknown option: {args[i]}");
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            return Usage(stderr, "Ange en fil / Give a file");
        }

        if (outDirectory is not null && outFile is not null)
        {
            return Usage(stderr, "--out och --out-dir utesluter varandra / --out and --out-dir exclude each other");
        }

        if (files.Count > 1 && outDirectory is null)
        {
            return Usage(stderr, "Flera filer kräver --out-dir / Several files need --out-dir");
        }

        if (format is null)
        {
            return Usage(stderr, "Ange --format md eller html / Give --format md or html");
        }

        var options = new RenderOptions { Language = language };
        var result = ExitCodes.Success;
        foreach (var file in files)
        {
            var agreement = CommandInput.Read(file, stderr, out var exit);
            if (agreement is null)
            {
                if (exit == ExitCodes.Usage)
                {
                    return exit;
                }

                result = exit;
                continue;
            }

            var target = outDirectory is null ? outFile : Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(file) + (format == "html" ? ".html" : ".md"));
            if (outDirectory is not null)
            {
                try
                {
                    Directory.CreateDirectory(outDirectory);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"{outDirectory}: kan inte skapas / cannot be created: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

            var written = format == "html"
                ? CommandInput.Write(output => HtmlRenderer.Render(agreement, output, options), target, stdout, stderr)
                : CommandInput.Write(output => MarkdownRenderer.Render(agreement, output, options), target, stdout, stderr);
            if (written != ExitCodes.Success)
            {
                return written;
            }

            if (target is not null && outDirectory is not null)
            {
                stdout.WriteLine(target);
            }
        }

        return result;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(CommandLine.Usage);
        return ExitCodes.Usage;
    }
}
