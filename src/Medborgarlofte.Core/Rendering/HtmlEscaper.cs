using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Rendering;

/// <summary>Escapes text from a document for HTML text and for quoted attribute values.</summary>
/// <remarks>
/// Replaces <c>&amp; &lt; &gt; " '</c> by character references, and control characters (other than
/// tab, line feed, carriage return) and lone surrogates, which HTML does not allow, by U+FFFD.
/// Bidirectional controls (<see cref="BidiControls"/>) are shown as their code point in attribute values
/// (<see cref="Write(System.IO.TextWriter, string)"/>); text written with <see cref="WriteText"/> that holds one is put in a <c>&lt;bdi&gt;</c>,
/// so that it cannot reorder what stands around it.
/// </remarks>
internal static class HtmlEscaper
{
    /// <summary>Every character that may need replacing: the five, the disallowed controls, and all surrogates (a pair is kept).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'\u007F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + new string(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c).ToArray())
        + new string(Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray()));

    /// <summary>Returns the text escaped; the text itself when nothing in it needs escaping.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(output, text);
        return output.ToString();
    }

    /// <summary>
    /// Writes text for an element's content: escaped, and isolated in a <c>&lt;bdi&gt;</c> when it holds a
    /// bidirectional control, which is kept (it may be meant) but can reorder nothing outside the text.
    /// </summary>
    internal static void WriteText(TextWriter output, string text)
    {
        if (!BidiControls.In(text))
        {
            Write(output, text);
            return;
        }

        output.Write("<bdi>");
        Write(output, text, keepBidi: true);
        output.Write("</bdi>");
    }

    /// <summary>Writes the text escaped, the runs between replacements as they stand (no string is made).</summary>
    internal static void Write(TextWriter output, string text) => Write(output, text, keepBidi: false);

    private static void Write(TextWriter output, string text, bool keepBidi)
    {
        var span = text.AsSpan();
        var written = 0;
        var next = span.IndexOfAny(Special);
        while (next >= 0)
        {
            var i = written + next;
            var c = span[i];
            var length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                length = 2; // a well-formed pair stays as it is
                output.Write(span.Slice(written, i - written + 2));
            }
            else if (BidiControls.Is(c))
            {
                output.Write(span.Slice(written, i - written));
                if (keepBidi)
                {
                    output.Write(c);
                }
                else
                {
                    output.Write(BidiControls.Visible(c));
                }
            }
            else
            {
                output.Write(span.Slice(written, i - written));
                output.Write(Replacement(c));
            }

            written = i + length;
            next = span[written..].IndexOfAny(Special);
        }

        output.Write(span[written..]);
    }

    private static string Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => "\uFFFD", // a control character or a lone surrogate
    };
}
