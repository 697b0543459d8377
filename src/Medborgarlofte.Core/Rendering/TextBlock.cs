using System;
using System.Collections.Generic;

namespace Medborgarlofte.Rendering;

/// <summary>
/// A block of a document's text: a paragraph (its lines) or a list (its items). The format separates
/// paragraphs by a blank line and starts each list item with <c>- </c>.
/// </summary>
internal sealed record TextBlock(bool IsList, IReadOnlyList<string> Lines)
{
    /// <summary>Splits text into paragraphs and lists.</summary>
    internal static List<TextBlock> Parse(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            // One line, as most texts are: the loop below would give the same block, after a split and two lists.
            var only = text.TrimEnd();
            if (only.Trim().Length == 0)
            {
                return [];
            }

            var start = only.TrimStart();
            return start.StartsWith("- ", StringComparison.Ordinal)
                ? [new TextBlock(IsList: true, [start[2..].Trim()])]
                : [new TextBlock(IsList: false, [only])];
        }

        var blocks = new List<TextBlock>();
        var current = new List<string>();
        var currentIsList = false;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new TextBlock(currentIsList, current));
                current = [];
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var trimmed = line.TrimStart();
            var isItem = trimmed.StartsWith("- ", StringComparison.Ordinal);
            if (isItem != currentIsList)
            {
                Flush();
                currentIsList = isItem;
            }

            current.Add(isItem ? trimmed[2..].Trim() : line);
        }

        Flush();
        return blocks;
    }
}
