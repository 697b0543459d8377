using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Medborgarlofte.Import.Blocks;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Medborgarlofte.Tests.Import;

/// <summary>
/// Writes a seed text as a Word document (Open XML: heading styles, a bulleted list, bold runs) and as a PDF (PdfPig:
/// Helvetica, headings larger and bold, lines wrapped at the page's width), as a municipality would publish it.
/// </summary>
internal static class SeedDocuments
{
    internal static byte[] Docx(IReadOnlyList<Block> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Enumerable.Range(1, 4).Select(level => new Style(
                new StyleName { Val = "heading " + level }, new StyleRunProperties(new Bold(), new FontSize { Val = (32 - (level * 4)).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "Heading" + level }));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            var body = new Body();
            foreach (var block in blocks)
            {
                var run = new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(block.Number is null ? block.Text : block.Number + " " + block.Text) { Space = SpaceProcessingModeValues.Preserve });
                if (block.Strong)
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }

                var properties = new ParagraphProperties();
                switch (block.Kind)
                {
                    case BlockKind.Heading:
                        properties.Append(new ParagraphStyleId { Val = "Heading" + Math.Min(block.Level, 4) });
                        break;
                    case BlockKind.ListItem when block.Number is null:
                        properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
                        break;
                }

                body.Append(new Paragraph(properties, run));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    internal static byte[] Pdf(IReadOnlyList<Block> blocks)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(Font("DejaVuSans.ttf"));
        var bold = builder.AddTrueTypeFont(Font("DejaVuSans-Bold.ttf"));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 790.0;
        foreach (var block in blocks)
        {
            var (size, font) = block.Kind == BlockKind.Heading ? (block.Level <= 1 ? 18.0 : 14.0, bold) : (11.0, block.Strong ? bold : regular);
            var text = block.Kind == BlockKind.ListItem ? (block.Number ?? "•") + " " + block.Text : block.Text;
            y -= size * 0.8; // the gap before a block: more than a line's, so the reader starts a new block
            foreach (var line in Wrap(text, block.Kind == BlockKind.Heading ? 60 : 90))
            {
                if (y < 60)
                {
                    page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                    y = 790;
                }

                page.AddText(line, size, new PdfPoint(56, y), font);
                y -= size * 1.3;
            }
        }

        return builder.Build();
    }

    // PdfPig's standard 14 fonts cannot write å, ä and ö; DejaVu (Debian's fonts-dejavu-core, which .ci/run installs) can.
    private static byte[] Font(string name)
    {
        var path = Path.Combine("/usr/share/fonts/truetype/dejavu", name);
        return File.Exists(path) ? File.ReadAllBytes(path)
            : throw new InvalidOperationException($"{path} is missing: apt-get install fonts-dejavu-core (the PDF test writes Swedish text with it)");
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
