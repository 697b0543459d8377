using System;
using System.Collections.Generic;

using Medborgarlofte.Import.Structure;

namespace Medborgarlofte.Import.Targets;

/// <summary>
/// Reads a target (mätbart mål) from Swedish text: the inverse of the wording the renderers write
/// (<see cref="Rendering.TargetWording"/>), and of what real agreements write.
/// </summary>
/// <remarks>
/// Comparators: minst, högst, exakt, max, "fler än", "mer än", "färre än", "bör vara", "ska vara"; no word means exactly.
/// Numbers in digits or words (en, ett, två … tolv, tjugo, hundra). Recurrences: per vecka, i veckan, varje vecka,
/// per månad, per termin, per kvartal / varje kvartal, per år, årligen, also before the count ("varje år kommer minst
/// en …"); "efter varje dialog" / "vid varje X" is per occurrence; a period ("under perioden", "under hösten", "under
/// juni månad") makes a once-only target. The modality: ska/skall (shall), bör (should), "strävar efter" (strives to),
/// within the clause before the count. A bare "en"/"ett" is a number only after a comparator, before a recurrence or
/// before an activity that is counted ("en föreläsning"); a year, a date, a grade ("åk 4"), a time, an ordinal
/// ("6:e") or a phone number is never a target.
/// </remarks>
public static class TargetPhrase
{
    private static readonly string[] StopWords =
    [
        "med", "för", "om", "på", "i", "under", "per", "varje", "inom", "där", "som", "och", "till", "av", "vid", "mot", "samt",
        "årligen", "hos", "från", "kring", "ur", "efter", "över", "att", "eller", "men", "under", "ska", "skall", "kommer", "är",
    ];

    private static readonly string[] NotUnits =
    [
        "år", "procent", "%", "kr", "kronor", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december", "timmar", "minuter", "dagar", "veckor", "månader",
    ];

    // Counted activities: a bare "en"/"ett" before one of these is a count ("hålla en informationsträff").
    private static readonly string[] CountedActivities =
    [
        "träff", "föreläsning", "kontroll", "dialog", "insats", "utbildning", "möte", "vandring", "aktivitet", "kampanj",
        "informationsträff", "informationssatsning", "satsning", "gång", "tillfälle", "konferens", "workshop", "razzia", "tillsyn",
    ];

    private static readonly string[] GradeWords = ["åk", "årskurs", "klass", "nr", "nummer", "kapitel", "bilaga", "§", "kl", "sida", "lpo", "steg", "fas"];

    /// <summary>Reads the first target in a text.</summary>
    /// <param name="text">A sentence or phrase ("Polisen kommer att genomföra minst en trafikkontroll per vecka").</param>
    /// <returns>The target, or <see langword="null"/> when the text states none.</returns>
    public static ParsedTarget? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Tokenize(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (TryAt(text, words, i) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    private static ParsedTarget? TryAt(string text, List<(string Word, int Start, int End)> words, int i)
    {
        if (!SwedishNumbers.TryRead(words[i].Word, out var value, out var isWord))
        {
            return null;
        }

        // "projektet Tre trygga tunnlar": a capitalised number word inside a sentence begins a name, not a count.
        if (isWord && char.IsUpper(words[i].Word[0]) && i > 0 && Lower(words, i - 1) is not ("." or ";" or "!" or "?" or ":"))
        {
            return null;
        }

        var lower = Lower(words, i - 1);
        if (Array.IndexOf(GradeWords, lower.TrimEnd('.')) >= 0 || IsYearOrCode(words[i].Word) || LooksLikePhone(words, i))
        {
            return null;
        }

        // The comparator and modality before the number: "minst", "fler än", "bör vara", "ska vara".
        var start = i;
        var comparator = Comparator.Exactly;
        var hasComparator = false;
        var plusOne = false;
        Modality? modality = null;
        switch (lower)
        {
            case "minst" or "åtminstone":
                comparator = Comparator.AtLeast;
                start = i - 1;
                hasComparator = true;
                break;
            case "högst" or "max" or "maximalt" or "maximum":
                comparator = Comparator.AtMost;
                start = i - 1;
                hasComparator = true;
                break;
            case "exakt" or "precis":
                start = i - 1;
                hasComparator = true;
                break;
            case "än" when Lower(words, i - 2) is "fler" or "mer" or "färre" or "mindre":
                comparator = Lower(words, i - 2) is "fler" or "mer" ? Comparator.AtLeast : Comparator.AtMost;
                plusOne = true;
                start = i - 2;
                hasComparator = true;
                break;
            case "vara" when Lower(words, i - 2) is "bör" or "ska" or "skall":
                modality = Lower(words, i - 2) == "bör" ? Medborgarlofte.Modality.Should : Medborgarlofte.Modality.Shall;
                start = i - 2;
                hasComparator = true;
                break;
        }

        // "Kommunen bör genomföra minst två …", "ska varje år göra minst en …", "strävar efter att hålla minst …":
        // the modal verb stands a few words before the comparator, in the same clause.
        modality ??= ModalityBefore(words, start);

        // "antal trafikkontroller: minst 1 per vecka", as the renderers write a value of 1.
        string? unit = null;
        var end = i;
        if (start >= 3 && Lower(words, start - 1) == ":" && Lower(words, start - 3) == "antal")
        {
            unit = words[start - 2].Word;
            start -= 3;
        }
        else
        {
            var u = i + 1;
            if ((u >= words.Count || !IsUnitWord(words[u].Word)) && Lower(words, i - 1) == "vara" && start >= 1 && IsUnitWord(words[start - 1].Word))
            {
                // "Antalet kontroller bör vara tjugo i veckan": the unit is the subject.
                unit = words[start - 1].Word;
                start -= Lower(words, start - 2) is "antalet" or "antal" ? 2 : 1;
                u = i;
            }
            else if (u >= words.Count || !IsUnitWord(words[u].Word))
            {
                return null;
            }

            unit ??= words[u].Word;
            end = u;
            if (u > i && u + 1 < words.Count && IsAdjective(words[u].Word) && IsUnitWord(words[u + 1].Word) && Array.IndexOf(StopWords, Lower(words, u + 1)) < 0)
            {
                unit = words[u].Word + " " + words[u + 1].Word;
                end = u + 1;
            }
        }

        var (recurrence, recurrenceWording, recurrenceEnd) = FindRecurrence(words, end + 1, text);
        var (occurrence, occurrenceEnd) = recurrenceWording is null ? FindOccurrence(words, end + 1, text) : (null, -1);
        if (occurrence is not null)
        {
            (recurrence, recurrenceWording, recurrenceEnd) = (Recurrence.PerOccurrence, occurrence, occurrenceEnd);
        }
        else if (recurrenceWording is null && RecurrenceBefore(words, start, text) is { } early)
        {
            // "Varje år kommer minst en tillsyn …", "ska varje år göra minst en …": the recurrence stands before the count.
            (recurrence, recurrenceWording) = (early.Recurrence, early.Wording);
        }

        var (periodWording, periodEnd) = FindPeriod(words, Math.Max(end, recurrenceEnd) + 1, text);
        if (isWord && value == 1 && !hasComparator && recurrenceWording is null && !IsCountedActivity(unit))
        {
            return null; // "en oro", "ett strategiskt råd": an article, not a count
        }

        var last = Math.Max(end, Math.Max(recurrenceEnd, periodEnd));
        var phraseStart = words[start].Start;
        var phrase = text.Substring(phraseStart, words[last].End - phraseStart);
        return new ParsedTarget(comparator, plusOne ? value + 1 : value, value == 1 ? PluralPhrase(unit) : unit, phrase)
        {
            Recurrence = recurrence,
            RecurrenceWording = recurrenceWording,
            Occurrence = occurrence,
            PeriodWording = periodWording,
            Modality = modality,
            Start = phraseStart,
        };
    }

    private static (Recurrence? Recurrence, string? Wording, int End) FindRecurrence(List<(string Word, int Start, int End)> words, int from, string text)
    {
        // Within the next few words: "minst en trafikkontroll per vecka", "tre tunnlar … väljas ut årligen".
        for (var k = from; k < Math.Min(words.Count, from + 10); k++)
        {
            var w = Lower(words, k);
            if (w is "." or ";" or "!" or "?")
            {
                break;
            }

            if (w is "årligen")
            {
                return (Recurrence.PerYear, words[k].Word, k);
            }

            if (w is "per" or "varje" or "i" or "om" or "en" && k + 1 < words.Count)
            {
                var next = Lower(words, k + 1);
                Recurrence? r = next switch
                {
                    "vecka" or "veckan" => Recurrence.PerWeek,
                    "månad" or "månaden" => Recurrence.PerMonth,
                    "termin" or "terminen" => Recurrence.PerSchoolTerm,
                    "år" or "året" or "läsår" => Recurrence.PerYear,
                    "kvartal" or "kvartalet" => Recurrence.PerQuarter,
                    _ => null,
                };
                var matches = next switch
                {
                    "vecka" or "månad" or "termin" or "år" or "kvartal" or "läsår" => w is "per" or "varje",
                    "veckan" or "månaden" or "terminen" or "kvartalet" => w == "i",
                    "året" => w == "om",
                    _ => false,
                };
                if (matches)
                {
                    return (r, text.Substring(words[k].Start, words[k + 1].End - words[k].Start), k + 1);
                }
            }
        }

        return (Recurrence.Once, null, -1);
    }

    // "bör", "ska"/"skall", "strävar efter": up to five words back, not past the clause's start.
    private static Modality? ModalityBefore(List<(string Word, int Start, int End)> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 5); k--)
        {
            var before = Lower(words, k);
            switch (before)
            {
                case "." or ";" or "!" or "?" or ":":
                    return null;
                case "bör":
                    return Medborgarlofte.Modality.Should;
                case "ska" or "skall":
                    return Medborgarlofte.Modality.Shall;
                case "efter" when Lower(words, k - 1) is "strävar" or "strävan":
                    return Medborgarlofte.Modality.StrivesTo;
            }
        }

        return null;
    }

    // "efter varje dialog", "vid varje match", "per tillfälle av …" is not read: only "efter/vid varje X".
    private static (string? Wording, int End) FindOccurrence(List<(string Word, int Start, int End)> words, int from, string text)
    {
        for (var k = from; k + 2 < words.Count && k < from + 8; k++)
        {
            var w = Lower(words, k);
            if (w is "." or ";" or "!" or "?")
            {
                break;
            }

            if (w is "efter" or "vid" && Lower(words, k + 1) == "varje" && char.IsLetter(words[k + 2].Word[0])
                && Lower(words, k + 2) is not ("vecka" or "månad" or "termin" or "år" or "kvartal" or "läsår"))
            {
                return (text.Substring(words[k].Start, words[k + 2].End - words[k].Start), k + 2);
            }
        }

        return (null, -1);
    }

    private static (Recurrence Recurrence, string Wording)? RecurrenceBefore(List<(string Word, int Start, int End)> words, int start, string text)
    {
        for (var k = start - 1; k >= Math.Max(1, start - 4); k--)
        {
            var w = Lower(words, k);
            if (w is "." or ";" or "!" or "?" or ":")
            {
                break;
            }

            var first = Lower(words, k - 1);
            Recurrence? r = (first, w) switch
            {
                ("varje" or "per", "vecka") => Recurrence.PerWeek,
                ("varje" or "per", "månad") => Recurrence.PerMonth,
                ("varje" or "per", "termin") => Recurrence.PerSchoolTerm,
                ("varje" or "per", "kvartal") => Recurrence.PerQuarter,
                ("varje" or "per", "år" or "läsår") => Recurrence.PerYear,
                _ => null,
            };
            if (r is { } found)
            {
                return (found, text.Substring(words[k - 1].Start, words[k].End - words[k - 1].Start));
            }
        }

        return null;
    }

    private static (string? Wording, int End) FindPeriod(List<(string Word, int Start, int End)> words, int from, string text)
    {
        for (var k = from; k < Math.Min(words.Count, from + 4); k++)
        {
            if (Lower(words, k) != "under" || k + 1 >= words.Count)
            {
                continue;
            }

            var next = Lower(words, k + 1);
            var last = k + 1;
            if (next is "perioden" or "året" or "hösten" or "våren" or "sommaren" or "vintern" or "terminen" or "läsåret" || IsYearOrCode(next) || SwedishMonths.Number(next) > 0)
            {
                // "under maj månad", "under perioden 2019-01-01–2019-06-30", "under 2019-2020".
                if (last + 1 < words.Count && (Lower(words, last + 1) == "månad" || IsYearOrCode(words[last + 1].Word)))
                {
                    last++;
                }

                return (text.Substring(words[k].Start, words[last].End - words[k].Start), last);
            }
        }

        return (null, -1);
    }


    private static bool IsUnitWord(string w) =>
        w.Length > 1 && char.IsLetter(w[0]) && Array.IndexOf(NotUnits, w.ToLowerInvariant()) < 0 && Array.IndexOf(StopWords, w.ToLowerInvariant()) < 0
        && !SwedishNumbers.TryRead(w, out _, out _);

    private static bool IsAdjective(string w) => IsSingularAdjective(w) || w.EndsWith("ade", StringComparison.Ordinal) || w.EndsWith("iga", StringComparison.Ordinal)
        || w.EndsWith("liga", StringComparison.Ordinal) || w.EndsWith("ska", StringComparison.Ordinal) || w.EndsWith("nya", StringComparison.Ordinal)
        || w.EndsWith("stora", StringComparison.Ordinal) || w.EndsWith("gemensamma", StringComparison.Ordinal);

    // "gemensam", "särskild", "riktad", "årlig": the indefinite singular before a counted noun ("en gemensam tillsyn").
    private static bool IsSingularAdjective(string w) => w.Length > 4 && char.IsLower(w[0])
        && (w.EndsWith("sam", StringComparison.Ordinal) || w.EndsWith("samt", StringComparison.Ordinal) || w.EndsWith("ild", StringComparison.Ordinal)
            || w.EndsWith("ilt", StringComparison.Ordinal) || w.EndsWith("isk", StringComparison.Ordinal) || w.EndsWith("iskt", StringComparison.Ordinal)
            || w.EndsWith("ad", StringComparison.Ordinal) || w.EndsWith("ig", StringComparison.Ordinal) || w.EndsWith("igt", StringComparison.Ordinal));

    /// <summary>The plural of a counted phrase given in the singular: "gemensam tillsyn" → "gemensamma tillsyner".</summary>
    internal static string PluralPhrase(string singular)
    {
        var space = singular.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return Plural(singular);
        }

        var adjective = singular.Substring(0, space);
        var noun = singular.Substring(space + 1);
        if (noun.Contains(' ', StringComparison.Ordinal))
        {
            return singular;
        }

        string[][] endings = [["samt", "samma"], ["sam", "samma"], ["ild", "ilda"], ["ilt", "ilda"], ["iskt", "iska"], ["isk", "iska"], ["igt", "iga"], ["ig", "iga"], ["ad", "ade"]];
        foreach (var e in endings)
        {
            if (adjective.EndsWith(e[0], StringComparison.Ordinal))
            {
                return string.Concat(adjective.AsSpan(0, adjective.Length - e[0].Length), e[1]) + " " + Plural(noun);
            }
        }

        return adjective + " " + Plural(noun);
    }

    internal static bool IsCountedActivity(string unit)
    {
        var u = unit.ToLowerInvariant();
        foreach (var a in CountedActivities)
        {
            if (u.EndsWith(a, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plural of a counted noun given in the singular ("trafikkontroll" → "trafikkontroller"), as the format keeps units.</summary>
    internal static string Plural(string singular)
    {
        string[][] rules =
        [
            ["ning", "ningar"], ["ing", "ingar"], ["träff", "träffar"], ["dialog", "dialoger"], ["insats", "insatser"],
            ["kontroll", "kontroller"], ["gång", "gånger"], ["tillfälle", "tillfällen"], ["möte", "möten"], ["kampanj", "kampanjer"],
            ["aktivitet", "aktiviteter"], ["konferens", "konferenser"], ["vandring", "vandringar"], ["polis", "poliser"], ["tillsyn", "tillsyner"],
            ["a", "or"],
        ];
        foreach (var rule in rules)
        {
            if (singular.EndsWith(rule[0], StringComparison.Ordinal))
            {
                return string.Concat(singular.AsSpan(0, singular.Length - rule[0].Length), rule[1]);
            }
        }

        return singular;
    }

    // 2024, 2019-2020, 2023-03-06, 12:30, 6:e: a year, a date, a time or an ordinal, never a count.
    private static bool IsYearOrCode(string w)
    {
        if (w.Contains('-', StringComparison.Ordinal) || w.Contains(':', StringComparison.Ordinal) || w.Contains('/', StringComparison.Ordinal)
            || w.Contains('–', StringComparison.Ordinal))
        {
            return w.Length > 0 && char.IsDigit(w[0]);
        }

        return w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    // "010-566 04 39": digit groups next to each other are a phone number.
    private static bool LooksLikePhone(List<(string Word, int Start, int End)> words, int i)
    {
        static bool Digits(string w) => w.Length > 0 && char.IsDigit(w[0]);
        return (i > 0 && Digits(words[i - 1].Word) && words[i].Start - words[i - 1].End <= 1)
            || (i + 1 < words.Count && Digits(words[i + 1].Word) && words[i + 1].Start - words[i].End <= 1)
            || (words[i].Word.StartsWith('0') && words[i].Word.Length > 1);
    }

    private static string Lower(List<(string Word, int Start, int End)> words, int i) => i >= 0 && i < words.Count ? words[i].Word.ToLowerInvariant() : string.Empty;

    // Words are letters and digits with inner hyphens, colons, dots, commas or slashes ("6:e", "2019-2020", "2,5", "bl.a");
    // closing punctuation is a word of its own, so that a recurrence search stops at the sentence's end.
    private static List<(string Word, int Start, int End)> Tokenize(string text)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '%' || c == '§')
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '-' or ':' or '.' or ',' or '/' or '–' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && (text[i] is not ',' and not '.' || char.IsDigit(text[i - 1])) )))
                {
                    i++;
                }

                words.Add((text.Substring(start, i - start), start, i));
            }
            else
            {
                if (c is '.' or ';' or '!' or '?' or ':')
                {
                    words.Add((c.ToString(), i, i + 1));
                }

                i++;
            }
        }

        return words;
    }
}
