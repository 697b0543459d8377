using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Medborgarlofte.Internal;

/// <summary>
/// The bidirectional formatting characters (dubbelriktade styrtecken) that reorder how text is shown:
/// embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069. Text holding them can show one
/// thing and say another, so every output isolates them or shows them, and validation warns about them.
/// </summary>
internal static class BidiControls
{
    /// <summary>The nine characters.</summary>
    internal static readonly SearchValues<char> All = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Whether <paramref name="c"/> is one of them.</summary>
    internal static bool Is(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether <paramref name="text"/> holds one of them.</summary>
    internal static bool In(string? text) => text is not null && text.AsSpan().IndexOfAny(All) >= 0;

    /// <summary>How one is shown where it cannot be isolated: its code point in angle quotes, e.g. <c>⟨U+202E⟩</c>.</summary>
    internal static string Visible(char c) => "\u27E8U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "\u27E9";

    /// <summary>The text with each of them replaced by <see cref="Visible"/>; the text itself when it holds none.</summary>
    internal static string ShowVisibly(string text)
    {
        var first = text.AsSpan().IndexOfAny(All);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (Is(text[i]))
            {
                builder.Append(Visible(text[i]));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
