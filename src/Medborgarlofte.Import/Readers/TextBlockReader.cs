using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>
/// Reads plain text and Markdown (.txt, .md) into blocks: <c>#</c> headings, bulleted and numbered lines as list
/// items, short lines without closing punctuation followed by a blank line as headings, wrapped lines joined.
/// </summary>
/// <remarks>
/// Plain text copied from a published PDF keeps Markdown-like marks (<c>**</c>, <c>- </c>) as often as not, so one
/// reader serves both: a full Markdown parser would add a dependency and read nothing these documents use.
/// </remarks>
internal static partial class TextBlockReader
{
    private const int HeadingMaxLength = 80;

    internal static List<Block> Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<Block>();
        var open = false; // the last block may take a wrapped line
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var trimmed = raw.Trim();
            if (InlineText.Collapse(trimmed).Length == 0 || IsRule(trimmed))
            {
                open = false;
                continue;
            }

            var lineNumber = i + 1;
            var heading = MarkdownHeading().Match(trimmed);
            if (heading.Success)
            {
                var t = InlineText.StripEmphasis(heading.Groups["text"].Value, out _);
                if (t.Length > 0)
                {
                    blocks.Add(new Block(BlockKind.Heading, t) { Level = heading.Groups["marks"].Length, Line = lineNumber });
                }

                open = false;
                continue;
            }

            if (trimmed.Length > 1 && InlineText.IsBullet(trimmed[0]) && (char.IsWhiteSpace(trimmed[1]) || trimmed[0] > '\u2000'))
            {
                var t = InlineText.StripEmphasis(trimmed.Substring(1), out var strong);
                if (t.Length > 0)
                {
                    blocks.Add(new Block(BlockKind.ListItem, t) { Strong = strong, Line = lineNumber });
                    open = !strong;
                }

                continue;
            }

            var numbered = NumberedLine().Match(trimmed);
            if (numbered.Success)
            {
                var number = numbered.Groups["number"].Value;
                var rest = InlineText.StripEmphasis(numbered.Groups["text"].Value, out var strong);
                if (!number.Contains('.', StringComparison.Ordinal) || number.EndsWith('.'))
                {
                    // "1. Trygghet för unga", "2 Strategiskt prioriterade områden": a numbered heading when short and unpunctuated.
                    if (rest.Length <= HeadingMaxLength && !EndsSentence(rest))
                    {
                        blocks.Add(new Block(BlockKind.Heading, rest) { Level = 2, Number = number.TrimEnd('.'), Line = lineNumber });
                        open = false;
                        continue;
                    }
                }

                blocks.Add(new Block(BlockKind.ListItem, rest) { Number = number.TrimEnd('.'), Strong = strong, Line = lineNumber });
                open = true;
                continue;
            }

            var text2 = InlineText.StripEmphasis(trimmed, out var bold);
            if (open && blocks.Count > 0 && IsContinuation(blocks[^1].Text, text2))
            {
                var last = blocks[^1];
                blocks[^1] = last with { Text = last.Text + " " + text2 };
                continue;
            }

            var nextBlank = i + 1 >= lines.Length || lines[i + 1].Trim().Length == 0;
            var previousBlank = i == 0 || lines[i - 1].Trim().Length == 0;
            if ((previousBlank && LooksLikeHeading(text2, nextBlank)) || (bold && text2.Length <= HeadingMaxLength && !EndsSentence(text2)))
            {
                blocks.Add(new Block(BlockKind.Heading, text2) { Level = 2, Line = lineNumber });
                open = false;
                continue;
            }

            blocks.Add(new Block(BlockKind.Paragraph, text2) { Strong = bold, Line = lineNumber });
            open = true;
        }

        return blocks;
    }

    /// <summary>A wrapped line: the previous text does not end a sentence and this one starts in lower case.</summary>
    internal static bool IsContinuation(string previous, string next) =>
        previous.Length > 0 && next.Length > 0 && !EndsSentence(previous) && previous[^1] != ':' && char.IsLower(next[0]);

    internal static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ';' or ',';

    private static bool LooksLikeHeading(string text, bool nextBlank) =>
        (nextBlank || Structure.HeadingVocabulary.IsKnownHeading(text))
        && text.Length <= HeadingMaxLength && !EndsSentence(text) && text[^1] != ':'
        && char.IsUpper(text[0]) && !text.Contains(": ", StringComparison.Ordinal) && HasLetters(text);

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRule(string line) => line.Length >= 3 && (line.Trim('-').Length == 0 || line.Trim('_').Length == 0 || line.Trim('=').Length == 0);

    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<text>.*)$", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?<number>\d{1,2}(\.\d{1,2})*\.?)\s+(?<text>\S.*)$", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedLine();
}
