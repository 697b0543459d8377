using System;
using System.Collections.Generic;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Reference;

/// <summary>
/// The 290 Swedish municipalities (kommuner) with their SCB municipality codes (kommunkoder)
/// and counties. Look-ups by code are a binary search over an embedded table: nothing is parsed
/// or built at start-up.
/// </summary>
public static class Municipalities
{
    /// <summary>Gets every municipality, sorted by code.</summary>
    public static IReadOnlyList<Municipality> All => CodeListData.Municipalities;

    /// <summary>Finds a municipality by its four-digit code (kommunkod).</summary>
    /// <param name="code">The municipality code, e.g. <c>1278</c>.</param>
    /// <returns>The municipality, or <see langword="null"/> when no municipality has that code.</returns>
    public static Municipality? Find(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        var municipalities = CodeListData.Municipalities;
        int low = 0, high = municipalities.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var comparison = string.CompareOrdinal(municipalities[middle].Code, code);
            if (comparison == 0)
            {
                return municipalities[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Tells whether a name as published names the municipality: "Båstads kommun", "Båstad",
    /// "Malmö stad", "Göteborgs Stad", "Region Gotland" and "Falu kommun" all do (case is ignored).
    /// </summary>
    /// <param name="municipality">The municipality.</param>
    /// <param name="publishedName">The name as a document writes it.</param>
    /// <returns>Whether the name is one of the municipality's forms.</returns>
    public static bool IsNameOf(Municipality municipality, string publishedName)
    {
        Preconditions.CheckNotNull(municipality, nameof(municipality));
        Preconditions.CheckNotNull(publishedName, nameof(publishedName));
        return StemMatches(municipality, Stem(publishedName));
    }

    /// <summary>Finds the municipality a published name ("Båstads kommun", "Malmö stad", "Region Gotland") names.</summary>
    /// <param name="publishedName">The name as a document writes it.</param>
    /// <returns>The municipality, or <see langword="null"/> when the name is none of the 290 in a known form.</returns>
    public static Municipality? FindByName(string publishedName)
    {
        Preconditions.CheckNotNull(publishedName, nameof(publishedName));
        var stem = Stem(publishedName);
        if (stem.IsEmpty)
        {
            return null;
        }

        foreach (var municipality in CodeListData.Municipalities)
        {
            if (StemMatches(municipality, stem))
            {
                return municipality;
            }
        }

        return null;
    }

    /// <summary>"Båstads kommun" → "Båstads"; "Region Gotland" → "Gotland"; "Malmö stad" → "Malmö".</summary>
    private static ReadOnlySpan<char> Stem(string publishedName)
    {
        var name = publishedName.AsSpan().Trim();
        if (name.StartsWith("Region ", StringComparison.OrdinalIgnoreCase))
        {
            name = name["Region ".Length..].TrimStart();
        }

        foreach (var suffix in (ReadOnlySpan<string>)[" kommun", " kommunen", " stad", " staden"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length].TrimEnd();
                break;
            }
        }

        return name;
    }

    /// <summary>The stem is the name, or the name with a genitive s ("Båstads"), or an official form ("Falu").</summary>
    private static bool StemMatches(Municipality municipality, ReadOnlySpan<char> stem)
    {
        var name = municipality.Name.AsSpan();
        if (stem.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (stem.Length == name.Length + 1 && (stem[^1] == 's' || stem[^1] == 'S') && stem.StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Falun's official name is "Falu kommun".
        return municipality.Code == "2080" && stem.Equals("Falu", StringComparison.OrdinalIgnoreCase);
    }
}
