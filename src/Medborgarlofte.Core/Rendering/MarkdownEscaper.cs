using System.Text;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Escapes text from a document for CommonMark, only where a character would otherwise change the
/// meaning, so that ordinary prose (letters, digits, <c>. , : ; ( ) " ' – / ? !</c>) stays byte for
/// byte as published and a search for the published text finds it.
/// </summary>
/// <remarks>
/// Always escaped, because they start emphasis, code, links or escapes anywhere in a line:
/// <c>\ ` * _ [ ] ~</c>. Escaped where they would start something: <c>&lt;</c> before a letter,
/// <c>/ ! ?</c> (an HTML tag or autolink); <c>&amp;</c> before an entity-like <c>name;</c> or
/// <c>#123;</c>. Escaped at the start of a line only: <c>#</c> (heading), <c>&gt;</c> (quote),
/// <c>- +</c> before a space (list item), <c>-</c> and <c>=</c> lines (setext heading, rule), and
/// <c>1.</c> / <c>1)</c> before a space (ordered list). Leading whitespace of a line is dropped (four
/// spaces would start code) and trailing whitespace before a line break too (two spaces would force one).
/// A lone carriage return is a line break as CommonMark reads it. Bidirectional controls are shown as their
/// code point (<see cref="BidiControls.Visible"/>): Markdown has no way to isolate them.
/// </remarks>
internal static class MarkdownEscaper
{
    /// <summary>Escapes <paramref name="text"/>; <paramref name="atLineStart"/> says whether it begins a line of the output.</summary>
    internal static string Escape(string text, bool atLineStart)
    {
        var output = new StringBuilder(text.Length + 8);
        var lines = text.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            if (l < lines.Length - 1)
            {
                line = line.TrimEnd(' ', '\t');
            }

            if (l > 0)
            {
                output.Append('\n');
            }

            var lineStart = l > 0 || atLineStart;
            if (lineStart)
            {
                line = line.TrimStart(' ', '\t');
            }

            var start = 0;
            if (lineStart && line.Length > 0)
            {
                start = EscapeLineStart(line, output);
            }

            for (var i = start; i < line.Length; i++)
            {
                EscapeInline(line, i, output);
            }
        }

        return output.ToString();
    }

    /// <summary>Writes the escaped start of a line that would open a block; returns how many characters it consumed.</summary>
    private static int EscapeLineStart(string line, StringBuilder output)
    {
        var first = line[0];
        var spaceOrEnd = line.Length == 1 || line[1] == ' ' || line[1] == '\t';
        if (first == '#' || first == '>' || ((first == '-' || first == '+') && spaceOrEnd) || ((first == '-' || first == '=') && IsRuleLike(line, first)))
        {
            output.Append('\\').Append(first);
            return 1;
        }

        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < line.Length && (line[digits] == '.' || line[digits] == ')')
            && (digits + 1 == line.Length || line[digits + 1] == ' ' || line[digits + 1] == '\t'))
        {
            output.Append(line, 0, digits).Append('\\').Append(line[digits]);
            return digits + 1;
        }

        return 0;
    }

    private static bool IsRuleLike(string line, char marker)
    {
        foreach (var c in line)
        {
            if (c != marker && c != ' ' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static void EscapeInline(string line, int i, StringBuilder output)
    {
        var c = line[i];
        switch (c)
        {
            case '\\' or '`' or '*' or '_' or '[' or ']' or '~':
                output.Append('\\').Append(c);
                return;
            case '<' when i + 1 < line.Length && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] is '/' or '!' or '?'):
                output.Append("\\<");
                return;
            case '&' when LooksLikeEntity(line, i):
                output.Append("\\&");
                return;
            case >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069':
                output.Append(BidiControls.Visible(c));
                return;
            default:
                output.Append(c);
                return;
        }
    }

    /// <summary>
    /// A code span holding <paramref name="value"/> exactly: fenced by one backtick more than the longest run
    /// inside, padded with a space on each side where CommonMark would otherwise misread the ends (it takes one off each), line breaks and other controls
    /// shown as their control pictures (a code span cannot hold a blank line) and bidirectional controls as their
    /// code point. An empty value is written as <c>(tom / empty)</c>, outside any span.
    /// </summary>
    internal static string CodeSpan(string value)
    {
        if (value.Length == 0)
        {
            return "(tom / empty)";
        }

        var content = new StringBuilder(value.Length + 8);
        var longest = 0;
        var run = 0;
        var allSpaces = true;
        foreach (var c in value)
        {
            run = c == '`' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
            allSpaces &= c == ' ';
            if (c < ' ' || c == '\u007F')
            {
                content.Append(c == '\u007F' ? '\u2421' : (char)('\u2400' + c));
            }
            else if (BidiControls.Is(c))
            {
                content.Append(BidiControls.Visible(c));
            }
            else
            {
                content.Append(c);
            }
        }

        var fence = new string('`', longest + 1);
        var padded = !allSpaces && (value[0] == '`' || value[^1] == '`' || (value[0] == ' ' && value[^1] == ' '));
        var pad = padded ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    /// <summary>
    /// A link destination in angle brackets, which may hold anything but line breaks and unescaped angle
    /// brackets (and a backslash would escape).
    /// </summary>
    internal static string Destination(string url) =>
        url.Replace("\\", "%5C", System.StringComparison.Ordinal)
            .Replace("<", "%3C", System.StringComparison.Ordinal)
            .Replace(">", "%3E", System.StringComparison.Ordinal)
            .Replace("\n", string.Empty, System.StringComparison.Ordinal)
            .Replace("\r", string.Empty, System.StringComparison.Ordinal);

    /// <summary>Text for a table cell: escaped, on one line, with the cell separator escaped too.</summary>
    internal static string Cell(string text) =>
        Escape(DocumentComposer.Flatten(text), atLineStart: false).Replace("|", "\\|", System.StringComparison.Ordinal);

    /// <summary>Whether <c>&amp;</c> at <paramref name="at"/> starts <c>&amp;name;</c>, <c>&amp;#123;</c> or <c>&amp;#x1F;</c>.</summary>
    private static bool LooksLikeEntity(string line, int at)
    {
        var i = at + 1;
        if (i < line.Length && line[i] == '#')
        {
            i++;
            if (i < line.Length && (line[i] == 'x' || line[i] == 'X'))
            {
                i++;
            }
        }

        var start = i;
        while (i < line.Length && char.IsAsciiLetterOrDigit(line[i]))
        {
            i++;
        }

        return i > start && i < line.Length && line[i] == ';';
    }
}
