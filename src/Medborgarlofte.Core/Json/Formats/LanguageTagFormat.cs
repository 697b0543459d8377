using System;
using System.Collections.Generic;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// ML8005: the keys of a language map are language tags: the schema's <c>^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$</c>
/// and well-formed BCP 47 (<see cref="LanguageTags.IsWellFormed"/>, RFC 5646 section 2.1). The second is the
/// stricter: <c>en-a</c> matches the pattern but is no tag (a singleton needs a subtag), a reader-only rule.
/// </summary>
/// <remarks>One per read: each distinct tag of a document is checked once; <c>sv</c> and <c>en</c> never are.</remarks>
internal sealed class LanguageTagFormat
{
    private HashSet<string>? _wellFormed;

    /// <summary>Checks the key <paramref name="tag"/> at the context's pointer; a malformed one is reported and kept.</summary>
    internal void Check(string tag, ReadContext c)
    {
        if (tag is LocalizedText.SwedishTag or LocalizedText.EnglishTag || _wellFormed?.Contains(tag) == true)
        {
            return;
        }

        if (IsLanguageTag(tag))
        {
            (_wellFormed ??= new(StringComparer.Ordinal)).Add(tag);
            return;
        }

        c.Invalid(
            DiagnosticCodes.InvalidLanguageTag,
            new($"\"{tag}\" är inte en giltig språkkod (BCP 47).", $"\"{tag}\" is not a valid language tag (BCP 47)."),
            new("Använd en kod som en, fi, se (nordsamiska), smj (lulesamiska) eller fit (meänkieli).", "Use a tag such as en, fi, se (Northern Sami), smj (Lule Sami) or fit (Meänkieli)."));
    }

    /// <summary>Whether <paramref name="tag"/> matches the schema's pattern and is well-formed BCP 47.</summary>
    internal static bool IsLanguageTag(string tag) => MatchesPattern(tag) && LanguageTags.IsWellFormed(tag);

    private static bool MatchesPattern(string tag)
    {
        var primary = tag.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? dash : tag.Length;
        if (primary is < 2 or > 3)
        {
            return false;
        }

        for (var i = 0; i < primary; i++)
        {
            if (tag[i] is < 'a' or > 'z')
            {
                return false;
            }
        }

        var length = 0;
        for (var i = primary + 1; i <= tag.Length; i++)
        {
            if (i == tag.Length || tag[i] == '-')
            {
                if (length is < 1 or > 8)
                {
                    return false;
                }

                length = 0;
            }
            else if (char.IsAsciiLetterOrDigit(tag[i]))
            {
                length++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
