using System;

namespace Medborgarlofte.Import.Structure;

/// <summary>The Swedish month names (månader), as validity, period, signature and evaluation phrases write them.</summary>
internal static class SwedishMonths
{
    /// <summary>The names as a regular-expression alternation, for the patterns that read dates and periods.</summary>
    internal const string Pattern = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

    private static readonly string[] Names = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>The month's number, 1–12, or 0 when the word names no month (case is ignored).</summary>
    internal static int Number(string word) => Array.IndexOf(Names, word.ToLowerInvariant()) + 1;
}
