using System;
namespace Medborgarlofte.Internal;

/// <summary>
/// Shortens text for a message or a label at a character boundary (förkortning): never between the two
/// halves of a surrogate pair, which a strict UTF-8 encoder refuses.
/// </summary>
internal static class TextShortening
{
    /// <summary>The text when it has at most <paramref name="max"/> UTF-16 units; else its start and "…", in at most that many.</summary>
    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
