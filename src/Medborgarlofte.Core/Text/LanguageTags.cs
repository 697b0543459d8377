using System;
using System.Collections.Generic;
using Medborgarlofte.Internal;

namespace Medborgarlofte;

/// <summary>
/// BCP 47 language tags (språkkoder, RFC 5646): <c>sv</c>, <c>en</c>, <c>fi</c>, <c>se</c> (nordsamiska),
/// <c>smj</c>, <c>fit</c> (meänkieli), <c>sv-FI</c>, <c>zh-Hant-TW</c>. Checked subtag by subtag,
/// in one pass with no regular expression, so any input costs time linear in its length.
/// </summary>
public static class LanguageTags
{
    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    /// <summary>
    /// Tells whether a string is a well-formed BCP 47 language tag (RFC 5646 section 2.1), with no
    /// variant or extension singleton repeated (section 2.2.9). Whether each subtag is registered is not checked.
    /// </summary>
    /// <param name="tag">The tag; case does not matter.</param>
    /// <returns>Whether the tag is well formed.</returns>
    public static bool IsWellFormed(string tag)
    {
        Preconditions.CheckNotNull(tag, nameof(tag));
        if (tag.Length == 0 || tag.Length > 256)
        {
            return false;
        }

        if (Grandfathered.Contains(tag))
        {
            return true;
        }

        var subtags = tag.Split('-');
        foreach (var subtag in subtags)
        {
            if (subtag.Length is 0 or > 8 || !IsAlphanumeric(subtag))
            {
                return false;
            }
        }

        var i = 0;
        if (IsX(subtags[0]))
        {
            return PrivateUse(subtags, 0);
        }

        // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
        var language = subtags[i];
        if (!IsAlpha(language) || language.Length < 2)
        {
            return false;
        }

        i++;
        if (language.Length <= 3)
        {
            // extlang = 3ALPHA *2("-" 3ALPHA)
            for (var n = 0; n < 3 && i < subtags.Length && subtags[i].Length == 3 && IsAlpha(subtags[i]); n++)
            {
                i++;
            }
        }

        // script = 4ALPHA
        if (i < subtags.Length && subtags[i].Length == 4 && IsAlpha(subtags[i]))
        {
            i++;
        }

        // region = 2ALPHA / 3DIGIT
        if (i < subtags.Length && ((subtags[i].Length == 2 && IsAlpha(subtags[i])) || (subtags[i].Length == 3 && IsDigits(subtags[i]))))
        {
            i++;
        }

        // variant = 5*8alphanum / (DIGIT 3alphanum), none repeated
        var variants = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (i < subtags.Length && IsVariant(subtags[i]))
        {
            if (!variants.Add(subtags[i]))
            {
                return false;
            }

            i++;
        }

        // extension = singleton 1*("-" (2*8alphanum)), no singleton repeated
        var singletons = new HashSet<char>();
        while (i < subtags.Length && subtags[i].Length == 1 && !IsX(subtags[i]))
        {
            if (!singletons.Add(char.ToLowerInvariant(subtags[i][0])))
            {
                return false;
            }

            i++;
            var start = i;
            while (i < subtags.Length && subtags[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == subtags.Length || (IsX(subtags[i]) && PrivateUse(subtags, i));
    }

    /// <summary>privateuse = "x" 1*("-" (1*8alphanum)), to the end of the tag.</summary>
    private static bool PrivateUse(string[] subtags, int x) => x + 1 < subtags.Length;

    private static bool IsVariant(string subtag) =>
        subtag.Length >= 5 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));

    private static bool IsX(string subtag) => subtag.Length == 1 && (subtag[0] == 'x' || subtag[0] == 'X');

    private static bool IsAlphanumeric(string subtag)
    {
        foreach (var c in subtag)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlpha(string subtag)
    {
        foreach (var c in subtag)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string subtag)
    {
        foreach (var c in subtag)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
