using System;

namespace Medborgarlofte.Import.Structure;

/// <summary>The headings real agreements use, and the role each introduces (rubrikernas ordförråd).</summary>
internal static class HeadingVocabulary
{
    // Each stem is compared with the start of the heading, lower-cased, numbers and closing colons removed.
    private static readonly (string Stem, SectionRole Role)[] Stems =
    [
        ("inledning", SectionRole.Introduction),
        ("inriktning", SectionRole.Introduction),
        ("bakgrund", SectionRole.Introduction),
        ("syfte", SectionRole.Purpose),
        ("lägesbild", SectionRole.Situation),
        ("aktuell lägesbild", SectionRole.Situation),
        ("situationen idag", SectionRole.Situation),
        ("nuläge", SectionRole.Situation),
        ("problembild", SectionRole.Situation),
        ("det här ska vi göra", SectionRole.Promises),
        ("detta ska vi göra", SectionRole.Promises),
        ("våra löften", SectionRole.Promises),
        ("löften", SectionRole.Promises),
        ("löftet", SectionRole.Promises),
        ("medborgarlöfte", SectionRole.Promises),
        ("åtgärder", SectionRole.Promises),
        ("åtaganden", SectionRole.Promises),
        ("genomförande", SectionRole.Promises),
        ("målsättning", SectionRole.Promises),
        ("inriktning för medborgarlöfte", SectionRole.Promises),
        ("fokusområden", SectionRole.PriorityAreas),
        ("prioriterade områden", SectionRole.PriorityAreas),
        ("strategiskt prioriterade områden", SectionRole.PriorityAreas),
        ("teman", SectionRole.PriorityAreas),
        ("mål och effekter", SectionRole.Goals),
        ("mål och effekt", SectionRole.Goals),
        ("förväntat resultat", SectionRole.Goals),
        ("förväntade effekter", SectionRole.Goals),
        ("effekter", SectionRole.Goals),
        ("det här ska vi åstadkomma", SectionRole.Goals),
        ("uppföljning", SectionRole.FollowUp),
        ("följ arbetet", SectionRole.Communication),
        ("följ med hur det går", SectionRole.Communication),
        ("giltighetstid", SectionRole.Validity),
        ("avtalets giltighetstid", SectionRole.Validity),
        ("löftesperiod", SectionRole.Validity),
        ("organisation", SectionRole.Governance),
        ("kontakt", SectionRole.Contact),
        ("underskrift", SectionRole.Signatures),
    ];

    /// <summary>The role of a heading; <see cref="SectionRole.Other"/> when the vocabulary does not know it.</summary>
    internal static SectionRole RoleOf(string heading)
    {
        var key = Key(heading);
        var best = SectionRole.Other;
        var bestLength = 0;
        foreach (var (stem, role) in Stems)
        {
            // The longest stem wins ("mål och effekter" over a later "mål").
            if (stem.Length > bestLength && key.StartsWith(stem, StringComparison.Ordinal)
                && (key.Length == stem.Length || !char.IsLetter(key[stem.Length]) || stem.EndsWith('e') || stem.EndsWith('t')))
            {
                best = role;
                bestLength = stem.Length;
            }
        }

        return best;
    }

    /// <summary>Whether the vocabulary knows the heading.</summary>
    internal static bool IsKnownHeading(string text) => text.Length <= 60 && RoleOf(text) != SectionRole.Other;

    private static string Key(string heading)
    {
        var t = heading.Trim().TrimEnd(':', ';', '.').Trim().ToLowerInvariant();
        var i = 0;
        while (i < t.Length && (char.IsDigit(t[i]) || t[i] is '.' or ' '))
        {
            i++;
        }

        return t.Substring(i);
    }
}
