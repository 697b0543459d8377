using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>
/// Reads a Word document (.docx) into blocks with the Open XML SDK: headings from paragraph styles (Heading 1–9,
/// Rubrik 1–9, Title), list items from numbering (with their number when the list is decimal), table rows.
/// </summary>
internal static class DocxBlockReader
{
    internal static List<Block> Read(Stream stream)
    {
        var blocks = new List<Block>();
        using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = 20_000_000 });
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            return blocks;
        }

        var styles = StyleNames(main);
        var decimalLists = DecimalLists(main);
        var counters = new Dictionary<(int NumId, int Level), int>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    ReadParagraph(p, styles, decimalLists, counters, blocks);
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c => InlineText.Collapse(string.Join(" ", c.Elements<Paragraph>().Select(x => x.InnerText)))).ToList();
                        var text = string.Join('\t', cells);
                        if (InlineText.Collapse(text).Length > 0)
                        {
                            blocks.Add(new Block(BlockKind.TableRow, text) { Cells = cells });
                        }
                    }

                    break;
            }
        }

        return blocks;
    }

    private static void ReadParagraph(Paragraph p, Dictionary<string, string> styles, HashSet<int> decimalLists, Dictionary<(int, int), int> counters, List<Block> blocks)
    {
        var text = InlineText.Collapse(string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)));
        if (text.Length == 0)
        {
            return;
        }

        var runs = p.Elements<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
        var strong = runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var styleName = styleId is not null && styles.TryGetValue(styleId, out var n) ? n : styleId ?? string.Empty;
        if (HeadingLevel(styleName) is { } level)
        {
            blocks.Add(new Block(BlockKind.Heading, text) { Level = level });
            return;
        }

        var numbering = p.ParagraphProperties?.NumberingProperties;
        if (numbering?.NumberingId?.Val?.Value is { } numId && numId != 0)
        {
            var ilvl = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            string? number = null;
            if (decimalLists.Contains(numId))
            {
                var key = (numId, ilvl);
                counters[key] = counters.TryGetValue(key, out var c) ? c + 1 : 1;
                number = counters[key].ToString(CultureInfo.InvariantCulture);
            }

            blocks.Add(new Block(BlockKind.ListItem, text) { Number = number, Strong = strong });
            return;
        }

        if (styleName.Contains("List", StringComparison.OrdinalIgnoreCase) || styleName.Contains("Lista", StringComparison.OrdinalIgnoreCase))
        {
            blocks.Add(new Block(BlockKind.ListItem, text) { Strong = strong });
            return;
        }

        blocks.Add(new Block(BlockKind.Paragraph, text) { Strong = strong });
    }

    // "Heading 2", "heading 2", "Rubrik 2" → 2; "Title", "Rubrik" → 1.
    private static int? HeadingLevel(string style)
    {
        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (s is "title" or "rubrik" or "titel")
        {
            return 1;
        }

        foreach (var prefix in new[] { "heading", "rubrik" })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length == prefix.Length + 1 && char.IsDigit(s[^1]))
            {
                return s[^1] - '0';
            }
        }

        return null;
    }

    private static Dictionary<string, string> StyleNames(MainDocumentPart main)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is null)
        {
            return names;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    // The numbering instances whose first level counts in decimals.
    private static HashSet<int> DecimalLists(MainDocumentPart main)
    {
        var result = new HashSet<int>();
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return result;
        }

        var decimalAbstract = new HashSet<int>();
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            var first = a.Elements<Level>().FirstOrDefault();
            if (a.AbstractNumberId?.Value is { } id && first?.NumberingFormat?.Val?.Value == NumberFormatValues.Decimal)
            {
                decimalAbstract.Add(id);
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } num && instance.AbstractNumId?.Val?.Value is { } abs && decimalAbstract.Contains(abs))
            {
                result.Add(num);
            }
        }

        return result;
    }
}
