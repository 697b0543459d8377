using System.Text;

namespace Medborgarlofte.Rendering;

/// <summary>Escapes text from a document for HTML text and for quoted attribute values.</summary>
internal static class HtmlEscaper
{
    /// <summary>
    /// Replaces <c>&amp; &lt; &gt; " '</c> by character references, and control characters (other than
    /// tab, line feed, carriage return) and lone surrogates, which HTML does not allow, by U+FFFD.
    /// </summary>
    internal static string Escape(string text)
    {
        StringBuilder? output = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                {
                    replacement = "\uFFFD";
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    output?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
                else if (char.IsSurrogate(c))
                {
                    replacement = "\uFFFD";
                }
            }

            if (replacement is null)
            {
                output?.Append(c);
                continue;
            }

            output ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            output.Append(replacement);
        }

        return output?.ToString() ?? text;
    }
}
