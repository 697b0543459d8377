using System;
using System.Collections.Generic;

namespace Medborgarlofte.Import.Structure;

/// <summary>Splits Swedish text into sentences: after . ! ? before a capital or digit, not after an abbreviation (bl.a., t.ex., ang.).</summary>
internal static class Sentences
{
    private static readonly string[] Abbreviations = ["bl.a", "t.ex", "ang", "ordf", "dvs", "m.fl", "ca", "nr", "kl", "resp", "inkl", "osv", "s.k", "p.g.a", "m.m", "jfr", "tf", "fr.o.m", "t.o.m", "dnr"];

    internal static List<string> Split(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(result, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?') || i + 2 >= text.Length || text[i + 1] != ' ')
            {
                continue;
            }

            var next = text[i + 2];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '”' or '»'))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(result, text, start, i + 1);
            start = i + 2;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>Whether a text holds any letter: "....." and "–" are no sentences to account for.</summary>
    internal static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        var word = text.Substring(s, dot - s).ToLowerInvariant();
        return word.Length == 1 || Array.IndexOf(Abbreviations, word) >= 0;
    }

    private static void Add(List<string> result, string text, int start, int end)
    {
        var s = text.Substring(start, end - start).Trim();
        if (s.StartsWith("- ", StringComparison.Ordinal))
        {
            s = s.Substring(2).Trim();
        }

        if (s.Length > 0 && HasLetters(s))
        {
            result.Add(s);
        }
    }
}
