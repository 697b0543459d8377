using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// The parties a commitment's sentence names as its subject ("Polisen lovar att …", "Kommunen och polisen åtar sig
/// att …") or as its partners ("… tillsammans med Region Skåne och polisen …"), in the order they are named.
/// </summary>
internal static class PartyMentions
{
    internal const string Municipality = "kommunen";
    internal const string Police = "polisen";

    // The verbs that end a commitment sentence's subject.
    private static readonly string[] Verbs =
    [
        "ska", "skall", "lovar", "åtar", "kommer", "startar", "har", "vill", "genomför", "arbetar", "samverkar", "tar", "bör",
        "ansvarar", "erbjuder", "deltar", "verkar", "fortsätter", "inför", "genomförs", "görs",
    ];

    /// <summary>The parties named before the sentence's first verb, then those after "tillsammans med"; region parties as <c>region-x</c>.</summary>
    internal static List<string> Responsible(string sentence, out List<string> regionNames)
    {
        var result = new List<string>();
        regionNames = [];
        var words = sentence.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        for (; i < words.Length; i++)
        {
            var w = words[i].ToLowerInvariant();
            if (Array.IndexOf(Verbs, w) >= 0)
            {
                break;
            }

            Mention(words, i, result, regionNames);
        }

        if (i == words.Length)
        {
            return [];
        }

        for (var k = i; k + 2 < words.Length; k++)
        {
            if (words[k].Equals("tillsammans", StringComparison.OrdinalIgnoreCase) && words[k + 1].Equals("med", StringComparison.OrdinalIgnoreCase))
            {
                for (var m = k + 2; m < Math.Min(words.Length, k + 8); m++)
                {
                    var before = result.Count;
                    Mention(words, m, result, regionNames);
                    var w = words[m].ToLowerInvariant();
                    if (result.Count == before && w is not "och" and not "samt" && !char.IsUpper(words[m][0]))
                    {
                        break;
                    }
                }

                break;
            }
        }

        return result;
    }

    /// <summary>The party a word names: kommun(en) → kommunen; polis(en), LPO, lokalpolisområde → polisen.</summary>
    internal static string? PartyOf(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            "kommun" or "kommunen" or "kommunens" => Municipality,
            "polis" or "polisen" or "polisens" or "lpo" or "lokalpolisområde" or "lokalpolisområdet" or "polismyndigheten" => Police,
            _ => null,
        };
    }

    private static void Mention(string[] words, int i, List<string> result, List<string> regionNames)
    {
        string? party;
        if (words[i].Equals("Region", StringComparison.Ordinal) && i + 1 < words.Length && char.IsUpper(words[i + 1][0]))
        {
            var name = "Region " + words[i + 1];
            party = RegionId(name);
            if (!regionNames.Contains(name))
            {
                regionNames.Add(name);
            }
        }
        else
        {
            party = PartyOf(words[i]);
        }

        if (party is not null && !result.Contains(party))
        {
            result.Add(party);
        }
    }

    /// <summary>"Region Skåne" → "region-skane".</summary>
    internal static string RegionId(string name)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            b.Append(c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                ' ' => '-',
                _ => c,
            });
        }

        return b.ToString();
    }
}
