using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Medborgarlofte.Import.Blocks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Medborgarlofte.Import.Readers;

/// <summary>
/// Reads a PDF into blocks with PdfPig: the words of each page in reading order (top to bottom, left to right),
/// grouped into lines by baseline; a gap wider than a line starts a new block; lines set larger than the body text
/// are headings (the largest size level 1), bold lines are marked strong. The lines then go through the same rules
/// as plain text (<see cref="TextBlockReader"/>), so bullets, numbers and wrapped lines are read alike.
/// </summary>
internal static class PdfBlockReader
{
    private sealed record Line(string Text, double Size, bool Bold, double Baseline, double Height, double Left, double Right);

    internal static List<Block> Read(byte[] content, ImportOptions options, out int pages)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        pages = document.NumberOfPages;
        var lines = new List<(int Page, Line Line)>();
        var characters = 0;
        for (var number = 1; number <= Math.Min(pages, options.MaxPages); number++)
        {
            var page = document.GetPage(number);
            foreach (var line in Lines(page))
            {
                characters += line.Text.Length;
                if (characters > options.MaxCharacters)
                {
                    throw new ImportBoundException();
                }

                lines.Add((number, line));
            }
        }

        if (pages > options.MaxPages)
        {
            throw new ImportBoundException();
        }

        var body = BodySize(lines.Select(l => l.Line));
        var headingSizes = lines.Select(l => Math.Round(l.Line.Size, 1)).Where(s => s > body * 1.15).Distinct().OrderByDescending(s => s).ToList();
        // The text column's right edge: a line that reaches it was wrapped, and the next line continues its paragraph.
        var right = lines.Count == 0 ? 0 : lines.Max(l => l.Line.Right);
        var left = lines.Count == 0 ? 0 : lines.Min(l => l.Line.Left);
        var text = new StringBuilder();
        Line? previous = null;
        var previousPage = 0;
        var boldOpen = false;
        foreach (var (page, line) in lines)
        {
            var gap = previous is null || page != previousPage ? double.MaxValue : previous.Baseline - line.Baseline;
            var size = Math.Round(line.Size, 1);
            var heading = headingSizes.IndexOf(size);
            var sameStyle = previous is not null && Math.Abs(previous.Size - line.Size) <= 0.5 && previous.Bold == line.Bold;
            var wrapped = previous is not null && sameStyle && gap <= 1.6 * Math.Max(line.Height, previous.Height)
                && previous.Right >= left + (0.8 * (right - left)) && !StartsItem(line.Text);
            if (wrapped)
            {
                text.Append(' ').Append(line.Text);
            }
            else
            {
                if (boldOpen)
                {
                    text.Append("**");
                }

                text.Append("\n\n");
                if (heading >= 0)
                {
                    text.Append(new string('#', Math.Min(heading + 1, 6))).Append(' ');
                }

                boldOpen = line.Bold && heading < 0;
                text.Append(boldOpen ? "**" + line.Text : line.Text);
            }

            previous = line;
            previousPage = page;
        }

        if (boldOpen)
        {
            text.Append("**");
        }

        return TextBlockReader.Read(text.ToString());
    }

    private static bool StartsItem(string text) => text.Length > 1 && (InlineText.IsBullet(text[0]) || (char.IsDigit(text[0]) && text.Contains(' ', StringComparison.Ordinal)
        && text.Substring(0, text.IndexOf(' ', StringComparison.Ordinal)).All(c => char.IsDigit(c) || c == '.')) || text.StartsWith("Syfte:", StringComparison.Ordinal)
        || text.StartsWith("Ansvar", StringComparison.Ordinal));

    private static IEnumerable<Line> Lines(Page page)
    {
        var words = page.GetWords().Where(w => w.Text.Trim().Length > 0).ToList();
        foreach (var group in words.GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2.0)).OrderByDescending(g => g.Key))
        {
            var ordered = group.OrderBy(w => w.BoundingBox.Left).ToList();
            var letters = ordered.SelectMany(w => w.Letters).ToList();
            var size = letters.Count == 0 ? 0 : letters.Max(l => l.PointSize);
            var bold = letters.Count > 0 && letters.All(l => l.FontDetails?.IsBold == true || l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
            var height = Math.Max(size, ordered.Max(w => w.BoundingBox.Height));
            yield return new Line(InlineText.Collapse(string.Join(' ', ordered.Select(w => w.Text))), size, bold, ordered[0].BoundingBox.Bottom, height,
                ordered[0].BoundingBox.Left, ordered[^1].BoundingBox.Right);
        }
    }

    // The body text's size: the size most characters are set in.
    private static double BodySize(IEnumerable<Line> lines)
    {
        var bySize = new Dictionary<double, int>();
        foreach (var line in lines)
        {
            var key = Math.Round(line.Size, 1);
            bySize[key] = (bySize.TryGetValue(key, out var n) ? n : 0) + line.Text.Length;
        }

        return bySize.Count == 0 ? 0 : bySize.MaxBy(kv => kv.Value).Key;
    }
}
