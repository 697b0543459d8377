using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// The organisations a commitment names that take part but do not sign (samverkanspartner): räddningstjänsten,
/// a region, bostadsbolag, föreningslivet, näringslivet, a state agency, and schools named as those the parties work
/// "tillsammans med". They become the draft's partners, never parties.
/// </summary>
internal static class PartnerMentions
{
    private static readonly (string Word, PartyType Type)[] Words =
    [
        ("regionen", PartyType.Region),
        ("räddningstjänsten", PartyType.RescueService),
        ("räddningstjänst", PartyType.RescueService),
        ("bostadsbolag", PartyType.HousingCompany),
        ("bostadsbolaget", PartyType.HousingCompany),
        ("bostadsbolagen", PartyType.HousingCompany),
        ("fastighetsägare", PartyType.HousingCompany),
        ("fastighetsägarna", PartyType.HousingCompany),
        ("föreningslivet", PartyType.Association),
        ("idrottsföreningar", PartyType.Association),
        ("föreningar", PartyType.Association),
        ("näringslivet", PartyType.Business),
        ("trafikverket", PartyType.GovernmentAgency),
        ("länsstyrelsen", PartyType.GovernmentAgency),
        ("tullverket", PartyType.GovernmentAgency),
        ("kriminalvården", PartyType.GovernmentAgency),
    ];

    private static readonly string[] Schools = ["skolan", "skolor", "skolorna"];

    /// <summary>The partners a text names, as published ("Region Skåne", "räddningstjänsten", "näringslivet"), in order.</summary>
    internal static List<(string Name, PartyType Type)> In(string text)
    {
        var found = new List<(string Name, PartyType Type)>();
        var words = text.Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var lower = w.ToLowerInvariant();
            if (w == "Region" && i + 1 < words.Length && char.IsUpper(words[i + 1][0]))
            {
                Add(found, "Region " + words[i + 1], PartyType.Region);
                i++;
                continue;
            }

            foreach (var (word, type) in Words)
            {
                if (lower == word)
                {
                    // "Räddningstjänsten Skåne Nordväst": a capitalised name that follows belongs to it.
                    var name = w;
                    var k = i + 1;
                    while (char.IsUpper(w[0]) && k < words.Length && char.IsUpper(words[k][0]) && PartyMentions.PartyOf(words[k]) is null && k - i <= 3)
                    {
                        name += " " + words[k++];
                    }

                    Add(found, name, type);
                    break;
                }
            }

            if (Array.IndexOf(Schools, lower) >= 0 && AfterTogetherWith(words, i))
            {
                Add(found, w, PartyType.Other);
            }
        }

        return found;
    }

    // "tillsammans med skolorna", "i samverkan med polisen och skolorna": within six words of "med".
    private static bool AfterTogetherWith(string[] words, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 6); k--)
        {
            if (words[k].Equals("med", StringComparison.OrdinalIgnoreCase)
                && words[k - 1].ToLowerInvariant() is "tillsammans" or "samverkan" or "samarbete")
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<(string Name, PartyType Type)> found, string name, PartyType type)
    {
        if (!found.Exists(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add((name, type));
        }
    }
}
