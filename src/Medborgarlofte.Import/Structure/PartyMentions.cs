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

    /// <summary>The parties named before the sentence's first verb, then those after "tillsammans med". A region named
    /// there ("Region Skåne") takes part but does not sign: it is a partner (<see cref="PartnerMentions"/>), not a party.</summary>
    internal static List<string> Responsible(string sentence)
    {
        var result = new List<string>();
        var words = sentence.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        for (; i < words.Length; i++)
        {
            var w = words[i].ToLowerInvariant();
            if (Array.IndexOf(Verbs, w) >= 0)
            {
                break;
            }

            Mention(words, i, result);
        }

        if (i == words.Length)
        {
            return [];
        }

        // "Om det uppkommer önskemål … så lovar kommun och polis att …", "Med början den 17 november kommer uniformerad polis
        // att …": after a leading clause or phrase the subject follows the verb.
        if (result.Count == 0 && i > 0)
        {
            for (var k = i + 1; k < words.Length && words[k].ToLowerInvariant() is not "att"; k++)
            {
                Mention(words, k, result);
            }
        }

        for (var k = i; k + 2 < words.Length; k++)
        {
            if (words[k].Equals("tillsammans", StringComparison.OrdinalIgnoreCase) && words[k + 1].Equals("med", StringComparison.OrdinalIgnoreCase))
            {
                for (var m = k + 2; m < Math.Min(words.Length, k + 8); m++)
                {
                    var before = result.Count;
                    Mention(words, m, result);
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

    private static void Mention(string[] words, int i, List<string> result)
    {
        var party = PartyOf(words[i]);
        if (party is not null && !result.Contains(party))
        {
            result.Add(party);
        }
    }
}
