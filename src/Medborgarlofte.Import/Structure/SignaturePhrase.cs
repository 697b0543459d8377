using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// Signatories named in a sentence, as news items and web pages publish them: "Löftet har undertecknats av
/// lokalpolisområdeschef Lars Vestermark, kommunpolis Ewa Öberg Öström och kommunchef Douglas Almqvist", "Kommunchef
/// Ralf Hedin och Liselotte Jergard, chef för lokalpolisområde Katrineholm undertecknade i mars ett medborgarlöfte".
/// </summary>
internal static class SignaturePhrase
{
    private static readonly string[] Verbs = ["undertecknats av", "undertecknades av", "tecknats av", "skrevs under av", "signerats av"];
    private static readonly string[] VerbsAfter = [" undertecknade ", " tecknade ", " skrev under "];

    /// <summary>Each signatory's title and name, in the order named; empty when the sentence names no signing.</summary>
    internal static List<(string? Title, string Name)> Read(string sentence)
    {
        string? list = null;
        foreach (var verb in Verbs)
        {
            var at = sentence.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                list = sentence.Substring(at + verb.Length).TrimEnd('.', ' ');
                break;
            }
        }

        if (list is null)
        {
            foreach (var verb in VerbsAfter)
            {
                var at = sentence.IndexOf(verb, StringComparison.Ordinal);
                if (at > 0)
                {
                    list = sentence.Substring(0, at);
                    break;
                }
            }
        }

        var result = new List<(string? Title, string Name)>();
        if (list is null)
        {
            return result;
        }

        // Segments: "title Name", "Name", or a title after a name ("Liselotte Jergard, chef för lokalpolisområde X").
        foreach (var segment in list.Replace(" och ", ", ", StringComparison.Ordinal).Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            var words = segment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = 0;
            while (first < words.Length && (char.IsLower(words[first][0]) || SignatureLines.IsTitle(words[first])))
            {
                first++;
            }

            var name = string.Join(' ', words, first, words.Length - first);
            if (first < words.Length && SignatureLines.IsName(name))
            {
                result.Add((first == 0 ? null : string.Join(' ', words, 0, first), name));
            }
            else if (result.Count > 0 && result[^1].Title is null && SignatureLines.IsTitle(segment))
            {
                result[^1] = (segment.Trim(), result[^1].Name);
            }
            else
            {
                return []; // a segment that is neither: not a list of signatories
            }
        }

        return result;
    }
}
