using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>
/// Reads a web page (.html) into blocks with AngleSharp: the page's main content (<c>main</c>, <c>[role=main]</c>,
/// <c>article</c>, else <c>body</c>) without navigation, headers, footers, scripts, forms and cookie or consent banners.
/// </summary>
internal static class HtmlBlockReader
{
    private static readonly string[] Dropped = ["nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "svg", "iframe", "button", "dialog"];
    private static readonly string[] NoiseMarks = ["cookie", "consent", "gdpr", "banner", "breadcrumb", "navigation", "skip-link", "share", "social"];

    internal static List<Block> Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.QuerySelector("article")
            ?? (IElement?)document.Body;
        var blocks = new List<Block>();
        if (root is null)
        {
            return blocks;
        }

        foreach (var element in root.QuerySelectorAll(string.Join(',', Dropped)))
        {
            element.Remove();
        }

        var noise = new List<IElement>();
        foreach (var element in root.QuerySelectorAll("[id],[class],[role],[aria-label]"))
        {
            var marks = (element.Id + " " + element.ClassName + " " + element.GetAttribute("role") + " " + element.GetAttribute("aria-label")).ToLowerInvariant();
            foreach (var mark in NoiseMarks)
            {
                if (marks.Contains(mark, StringComparison.Ordinal))
                {
                    noise.Add(element);
                    break;
                }
            }
        }

        foreach (var element in noise)
        {
            element.Remove();
        }

        Walk(root, blocks);
        return blocks;
    }

    private static void Walk(IElement element, List<Block> blocks)
    {
        foreach (var child in element.Children)
        {
            switch (child.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(blocks, BlockKind.Heading, child.TextContent, level: child.LocalName[1] - '0');
                    break;
                case "p" or "blockquote" or "pre" or "address":
                    foreach (var line in Lines(child))
                    {
                        Add(blocks, BlockKind.Paragraph, line, strong: IsAllStrong(child));
                    }

                    break;
                case "ul" or "ol":
                    var n = 0;
                    var start = int.TryParse(child.GetAttribute("start"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
                    foreach (var item in child.Children)
                    {
                        if (item.LocalName != "li")
                        {
                            continue;
                        }

                        var nested = item.QuerySelectorAll("ul,ol");
                        var own = item.Clone(deep: true) as IElement;
                        foreach (var list in own!.QuerySelectorAll("ul,ol"))
                        {
                            list.Remove();
                        }

                        Add(blocks, BlockKind.ListItem, own.TextContent, number: child.LocalName == "ol" ? (start + n).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, strong: IsAllStrong(own));
                        n++;
                        foreach (var list in nested)
                        {
                            if (list.ParentElement == item)
                            {
                                Walk(Wrap(list), blocks);
                            }
                        }
                    }

                    break;
                case "table":
                    foreach (var row in child.QuerySelectorAll("tr"))
                    {
                        var cells = new List<string>();
                        foreach (var cell in row.Children)
                        {
                            if (cell.LocalName is "td" or "th")
                            {
                                cells.Add(InlineText.Collapse(cell.TextContent));
                            }
                        }

                        var text = string.Join('\t', cells);
                        if (InlineText.Collapse(text).Length > 0)
                        {
                            blocks.Add(new Block(BlockKind.TableRow, text) { Cells = cells });
                        }
                    }

                    break;
                case "dl":
                    foreach (var item in child.Children)
                    {
                        Add(blocks, BlockKind.Paragraph, item.TextContent);
                    }

                    break;
                default:
                    if (HasOwnText(child))
                    {
                        foreach (var line in Lines(child))
                        {
                            Add(blocks, BlockKind.Paragraph, line);
                        }
                    }
                    else
                    {
                        Walk(child, blocks);
                    }

                    break;
            }
        }
    }

    private static IElement Wrap(IElement list)
    {
        var div = list.Owner!.CreateElement("div");
        div.AppendChild(list.Clone(deep: true));
        return div;
    }

    // A div that holds text directly (not only through block children) is read as paragraphs.
    private static bool HasOwnText(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text && text.Data.Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    // <br> breaks a paragraph into lines, as a municipality's CMS writes a signature block.
    private static IEnumerable<string> Lines(IElement element)
    {
        var current = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement e && e.LocalName == "br")
            {
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(node.TextContent);
            }
        }

        yield return current.ToString();
    }

    private static bool IsAllStrong(IElement element)
    {
        var text = InlineText.Collapse(element.TextContent);
        if (text.Length == 0)
        {
            return false;
        }

        var strong = 0;
        foreach (var b in element.QuerySelectorAll("strong,b"))
        {
            strong += InlineText.Collapse(b.TextContent).Length;
        }

        return strong >= text.Length;
    }

    private static void Add(List<Block> blocks, BlockKind kind, string text, int level = 0, string? number = null, bool strong = false)
    {
        var t = InlineText.Collapse(text);
        if (t.Length > 0)
        {
            blocks.Add(new Block(kind, t) { Level = level, Number = number, Strong = strong });
        }
    }
}
