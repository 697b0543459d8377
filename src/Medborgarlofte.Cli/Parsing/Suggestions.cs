using System;
using System.Collections.Generic;

namespace Medborgarlofte.Cli.Parsing;

/// <summary>The names closest to a mistyped one (<c>--fromat</c> → <c>--format</c>), by edit distance.</summary>
internal static class Suggestions
{
    internal static List<string> For(string typed, IEnumerable<string> names)
    {
        var best = new List<string>();
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, typed.TrimStart('-').Length / 3);
        foreach (var name in names)
        {
            var distance = Distance(typed, name);
            if (distance > limit || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best.Clear();
                bestDistance = distance;
            }

            if (!best.Contains(name))
            {
                best.Add(name);
            }
        }

        return best;
    }

    // Levenshtein distance with adjacent transpositions counted as one edit; two rows, names are short.
    private static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
