using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// Codes of the format's open lists (kodlistor) that a text names in words: the channels of "Följ arbetet" (facebook,
/// hemsida, lokaltidningen), the sources of a lägesbild (trygghetsmätning, medborgardialoger, brottsstatistik) and the
/// themes of an area or finding (trafik, ungdomar, inbrott). Only words the text has; each use is a guess to review.
/// </summary>
internal static class CodeMentions
{
    // Stems compared with the start of each word, lower-cased.
    private static readonly (string Stem, string Code)[] ChannelStems =
    [
        ("facebook", "facebook"), ("instagram", "instagram"), ("hemsida", "website"), ("webbplats", "website"),
        ("lokaltidning", "localPress"), ("lokalpress", "localPress"), ("medier", "media"), ("media", "media"),
        ("nyhetsbrev", "newsletter"), ("mobila", "mobileOffice"),
    ];

    private static readonly (string Stem, string Code)[] SourceStems =
    [
        ("trygghetsmätning", "safetySurvey"), ("trygghetsundersökning", "schoolSurvey"), ("medborgardialog", "citizenDialogue"),
        ("medarbetardialog", "staffDialogue"), ("samverkansmöte", "cooperationMeeting"), ("brottsstatistik", "crimeStatistics"),
        ("statistik", "crimeStatistics"), ("ntu", "ntu"), ("underrättelse", "internalKnowledge"),
        ("händelserapport", "incidentReports"), ("webbenkät", "webSurvey"), ("lägesbilder", "localSituationPicture"),
        ("trygghetsvandring", "safetyWalk"),
    ];

    private static readonly (string Stem, string Code)[] ThemeStems =
    [
        ("narkotika", "narcotics"), ("trafik", "traffic"), ("hastighet", "traffic"), ("ungdom", "youth"), ("unga", "youth"),
        ("inbrott", "burglary"), ("bostadsinbrott", "burglary"), ("bedrägeri", "fraudAgainstElderly"), ("offentlig", "publicSpace"),
        ("andt", "andt"), ("skadegörelse", "vandalism"), ("klotter", "vandalism"), ("senior", "seniors"), ("äldre", "seniors"),
        ("skola", "schools"), ("skolan", "schools"), ("organiserad", "organisedCrime"), ("näringsidkare", "businessCrime"),
        ("samverkan", "cooperation"), ("stöld", "theft"), ("stölder", "theft"), ("integration", "integration"),
    ];

    /// <summary>Channels named in a text: type and owner ("polisens facebook-sida" → facebook, polisen).</summary>
    internal static List<(string Type, string? Owner)> Channels(string text)
    {
        var result = new List<(string Type, string? Owner)>();
        var words = Words(text);
        for (var i = 0; i < words.Length; i++)
        {
            var code = Match(words[i], ChannelStems);
            if (code is null || (code == "mobileOffice" && !(i + 1 < words.Length && words[i + 1].StartsWith("kontor", StringComparison.Ordinal))))
            {
                continue;
            }

            // The owners stand just before: "polisens och kommunens Facebook", "kommunens hemsida".
            var owners = new List<string>();
            for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
            {
                var owner = words[k] switch
                {
                    "polisens" => PartyMentions.Police,
                    "kommunens" => PartyMentions.Municipality,
                    _ => null,
                };
                if (owner is not null)
                {
                    owners.Insert(0, owner);
                }
                else if (words[k] is not ("och" or "samt"))
                {
                    break;
                }
            }

            if (owners.Count == 0)
            {
                owners.Add(null!);
            }

            foreach (var owner in owners)
            {
                if (!result.Contains((code, owner)))
                {
                    result.Add((code, owner));
                }
            }
        }

        return result;
    }

    /// <summary>Source types a text names ("samverkansmöten, medborgardialoger, brottsstatistik"), in order, once each.</summary>
    internal static List<string> Sources(string text)
    {
        var result = new List<string>();
        var words = Words(text);
        for (var i = 0; i < words.Length; i++)
        {
            // "dialoger med medborgare och medarbetare": the dialogue names who took part.
            if (words[i].StartsWith("dialog", StringComparison.Ordinal) && i + 2 < words.Length && words[i + 1] == "med")
            {
                for (var k = i + 2; k < Math.Min(words.Length, i + 6); k++)
                {
                    var who = words[k].StartsWith("medborgare", StringComparison.Ordinal) ? "citizenDialogue"
                        : words[k].StartsWith("medarbetare", StringComparison.Ordinal) ? "staffDialogue" : null;
                    if (who is not null && !result.Contains(who))
                    {
                        result.Add(who);
                    }
                }
            }

            // "intern kunskap": the word itself, not "internationella".
            var code = words[i] == "intern" && i + 1 < words.Length && words[i + 1].StartsWith("kunskap", StringComparison.Ordinal) ? "internalKnowledge" : Match(words[i], SourceStems);
            if (code is not null && !result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>Themes a text names ("Öka tryggheten i trafiken" → traffic), in order, once each.</summary>
    internal static List<string> Themes(string text)
    {
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            if (Match(word, ThemeStems) is { } code && !result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '"', '”', '/', '-', '–'], StringSplitOptions.RemoveEmptyEntries);

    private static string? Match(string word, (string Stem, string Code)[] stems)
    {
        string? best = null;
        var length = 0;
        foreach (var (stem, code) in stems)
        {
            if (stem.Length > length && word.StartsWith(stem, StringComparison.Ordinal)
                && (stem.Length >= 5 || word.Length == stem.Length))
            {
                best = code;
                length = stem.Length;
            }
        }

        return best;
    }
}
