using System;

namespace Medborgarlofte.Schema;

/// <summary>
/// The format schema's six patterns as loops over UTF-8 bytes: what the regular expressions decide, without
/// decoding to UTF-16 and running a regex engine for each identifier, date and language tag.
/// </summary>
/// <remarks>
/// Each pattern is anchored and built only of ASCII literals and ASCII classes, so a byte at or above 0x80 (part of
/// a non-ASCII character) can never match, exactly as that character cannot in UTF-16; and every repetition is
/// followed by something it cannot match, so the greedy loops below never need to give characters back.
/// A test compares each loop with its expression on generated strings.
/// </remarks>
internal static class Utf8Patterns
{
    /// <summary><c>^sha256:[0-9a-f]{64}$</c>.</summary>
    public static bool IsContentHash(ReadOnlySpan<byte> text) =>
        text.Length == 71 && text.StartsWith("sha256:"u8) && AllLowerHex(text[7..]);

    /// <summary><c>^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$</c>.</summary>
    public static bool IsLanguageTag(ReadOnlySpan<byte> text)
    {
        var i = 0;
        while (i < text.Length && IsLower(text[i]))
        {
            i++;
        }

        if (i is < 2 or > 3)
        {
            return false;
        }

        while (i < text.Length)
        {
            if (text[i] != '-')
            {
                return false;
            }

            var start = ++i;
            while (i < text.Length && IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i - start is < 1 or > 8)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>^[A-Za-z0-9][A-Za-z0-9._:-]*$</c>.</summary>
    public static bool IsIdentifier(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || !IsLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var b in text[1..])
        {
            if (!IsLetterOrDigit(b) && b is not ((byte)'.' or (byte)'_' or (byte)':' or (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>^[0-9]{6}-[0-9]{4}$</c>.</summary>
    public static bool IsOrganisationNumber(ReadOnlySpan<byte> text) =>
        text.Length == 11 && AllDigits(text[..6]) && text[6] == '-' && AllDigits(text[7..]);

    /// <summary><c>^[0-9]{4}-[0-9]{2}-[0-9]{2}$</c>.</summary>
    public static bool IsDate(ReadOnlySpan<byte> text) =>
        text.Length == 10 && AllDigits(text[..4]) && text[4] == '-' && AllDigits(text.Slice(5, 2)) && text[7] == '-' && AllDigits(text[8..]);

    /// <summary><c>^[0-9]{4}$</c>.</summary>
    public static bool IsYear(ReadOnlySpan<byte> text) => text.Length == 4 && AllDigits(text);

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!IsDigit(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLowerHex(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!IsDigit(b) && (uint)(b - 'a') > 5)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsLower(byte b) => (uint)(b - 'a') <= 25;

    // ASCII letters only: OR-ing 0x20 folds A-Z onto a-z, and maps no other byte into a-z.
    private static bool IsLetterOrDigit(byte b) => IsDigit(b) || (uint)((b | 0x20) - 'a') <= 25;
}
