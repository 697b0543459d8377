using System;
using System.Collections.Generic;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>Whether a text is Swedish, by the share of its words that are common Swedish function words.</summary>
internal static class SwedishText
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "och", "att", "som", "för", "med", "på", "är", "av", "till", "det", "en", "ett", "den", "de", "vi", "kommer",
        "ska", "skall", "har", "inom", "om", "samt", "eller", "under", "genom", "vid", "kan", "kommunen", "polisen",
        "mot", "även", "också", "sig", "sin", "sina", "efter", "mellan", "där", "detta", "dessa", "från", "både",
    };

    /// <summary>True when the blocks hold at least 40 words and fewer than 6 % are common Swedish words.</summary>
    internal static bool IsOtherLanguage(IReadOnlyList<Block> blocks)
    {
        var words = 0;
        var swedish = 0;
        foreach (var block in blocks)
        {
            foreach (var word in block.Text.Split([' ', ',', '.', ';', ':', '(', ')', '"', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
            {
                words++;
                if (Common.Contains(word.ToLowerInvariant()))
                {
                    swedish++;
                }
            }
        }

        return words >= 40 && swedish * 100 < words * 6;
    }
}
