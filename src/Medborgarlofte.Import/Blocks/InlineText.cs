using System.Text;

namespace Medborgarlofte.Import.Blocks;

/// <summary>Text as every reader hands it on: whitespace collapsed, Markdown emphasis and private-use bullets removed.</summary>
internal static class InlineText
{
    /// <summary>Collapses runs of whitespace (non-breaking spaces included) to one space and trims.</summary>
    internal static string Collapse(string text)
    {
        var b = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                space = b.Length > 0;
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            b.Append(c);
        }

        return b.ToString();
    }

    /// <summary>Removes Markdown emphasis (<c>**bold**</c>, <c>*italic*</c> around a whole text) and reports whether all of it was bold.</summary>
    internal static string StripEmphasis(string text, out bool strong)
    {
        var t = text.Trim();
        strong = t.Length > 4 && t.StartsWith("**", System.StringComparison.Ordinal) && t.EndsWith("**", System.StringComparison.Ordinal)
            && t.IndexOf("**", 2, System.StringComparison.Ordinal) == t.Length - 2;
        t = t.Replace("**", string.Empty, System.StringComparison.Ordinal).Replace("__", string.Empty, System.StringComparison.Ordinal).Trim();
        // Italics: *word* in pairs; a lone asterisk (a footnote mark, "6*") stays.
        var stars = 0;
        foreach (var c in t)
        {
            stars += c == '*' ? 1 : 0;
        }

        if (stars > 0 && stars % 2 == 0)
        {
            t = t.Replace("*", string.Empty, System.StringComparison.Ordinal);
        }
        else if (t.Length > 1 && t[0] == '*')
        {
            t = t.Substring(1);
        }

        return Collapse(t);
    }

    /// <summary>Whether a character is a bullet some word processor or font puts before a list item.</summary>
    internal static bool IsBullet(char c) => c is '-' or '*' or '•' or '·' or '‣' or '▪' or '●' or '○' or '–' or '\uF0A7' or '\uF0B7' or '\uF076' or '\uF0D8';
}
