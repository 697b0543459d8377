using System;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Import.Structure;

/// <summary>What a line of a signature block (underskrifter) is: a place-and-date line, a title, a name or a party.</summary>
internal static partial class SignatureLines
{
    private static readonly string[] TitleWords =
    [
        "ordförande", "ordf", "chef", "kommunalråd", "direktör", "lokalpolisområdeschef", "polisområdeschef", "kommundirektör",
        "kommunstyrelsen", "kommunstyrelsens", "polismästare", "gruppchef", "kommunchef", "vice", "sekreterare", "samordnare",
    ];

    /// <summary>"Båstad 2023-12-11", "Höör 2023 0411", "Åstorps kommun, 2023-03-06", "Ort den 12 mars 2024".</summary>
    internal static bool TryPlaceAndDate(string line, out string place, out string date)
    {
        var m = PlaceDate().Match(line.Trim());
        place = m.Success ? m.Groups["place"].Value.Trim().TrimEnd(',') : string.Empty;
        date = m.Success ? m.Groups["date"].Value : string.Empty;
        return m.Success;
    }

    internal static bool IsPlaceholder(string line) => line.Trim().Length >= 3 && line.Trim().Trim('.', '_', ' ').Length == 0;

    internal static bool IsTitle(string line)
    {
        if (line.Length > 70 || line.EndsWith('.') && !line.EndsWith("Ordf.", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var word in line.ToLowerInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var t in TitleWords)
            {
                if (word == t || (t.Length > 5 && word.EndsWith(t, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Tf lokalpolisområdeschef Ängelholm" → acting, "lokalpolisområdeschef Ängelholm".</summary>
    internal static string WithoutActing(string title, out bool acting)
    {
        var t = title.Trim();
        acting = t.StartsWith("Tf ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Tf. ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("T.f. ", StringComparison.OrdinalIgnoreCase);
        return acting ? t.Substring(t.IndexOf(' ', StringComparison.Ordinal) + 1).Trim() : t;
    }

    /// <summary>A person's name: two to four capitalised words of letters (and hyphens), nothing else.</summary>
    internal static bool IsName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]))
            {
                return false;
            }

            foreach (var c in w)
            {
                if (!char.IsLetter(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return !IsTitle(line) && PartyMentions.PartyOf(words[^1]) is null && !line.Contains("kommun", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L} ]{1,40}?),?\s+(den\s+)?(?<date>\d{4}-\d{2}-\d{2}|\d{4} ?\d{4}|\d{4} \d{2} \d{2}|\d{1,2} \p{Ll}+ \d{4})$", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex PlaceDate();
}
