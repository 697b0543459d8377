using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// The validity (giltighetstid) a sentence or heading states: "gäller från 2023-03-06 till 2025-12-31", "2019–2020",
/// "2023 - 2024", "gäller 2024", "under 2020", "tills nya löften tas fram".
/// </summary>
internal static partial class ValidityPhrase
{
    /// <summary>A validity found in a text.</summary>
    /// <param name="Start">The first day.</param>
    /// <param name="End">The last day, or <see langword="null"/> when open-ended.</param>
    /// <param name="Wording">The words that state it ("2024", "från 2023-03-06 till 2025-12-31").</param>
    /// <param name="StartStated">Whether the start is published as a date; otherwise it is inferred (only a year or months).</param>
    internal sealed record Found(LocalDate Start, LocalDate? End, string Wording, bool StartStated = false);


    /// <summary>Whether a sentence states the validity ("… gäller …", "giltig …", "löftesperiod …").</summary>
    internal static bool IsValiditySentence(string sentence)
    {
        var s = sentence.ToLowerInvariant();
        return (s.Contains(" gäller ", System.StringComparison.Ordinal) || s.Contains("giltig", System.StringComparison.Ordinal)
            || s.Contains("löftesperiod", System.StringComparison.Ordinal)) && Read(sentence) is not null;
    }

    internal static Found? Read(string text)
    {
        var range = DateRange().Match(text);
        if (range.Success && Date(range.Groups["a"].Value) is { } a && Date(range.Groups["b"].Value) is { } b && b >= a)
        {
            return new Found(a, b, range.Value, StartStated: true);
        }

        var years = YearRange().Match(text);
        if (years.Success)
        {
            var first = int.Parse(years.Groups["a"].Value, CultureInfo.InvariantCulture);
            var last = int.Parse(years.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (last >= first && last - first <= 10)
            {
                return new Found(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31), years.Groups["w"].Value);
            }
        }

        var months = MonthRange().Match(text);
        if (months.Success && (months.Groups["y"].Success ? int.Parse(months.Groups["y"].Value, CultureInfo.InvariantCulture) : YearOf(text)) is { } inYear
            && FromMonths(months, inYear) is { } monthRange)
        {
            return monthRange;
        }

        var open = text.Contains("tills nya", System.StringComparison.OrdinalIgnoreCase) || text.Contains("tills vidare", System.StringComparison.OrdinalIgnoreCase);
        var year = Year().Match(text);
        if (year.Success)
        {
            var y = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
            return open
                ? new Found(new LocalDate(y, 1, 1), null, text.Trim().TrimEnd('.'))
                : new Found(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31), year.Groups["y"].Value);
        }

        return null;
    }

    /// <summary>The months a text states without a year ("perioden mars-maj"), for a year found elsewhere.</summary>
    internal static Found? MonthsIn(string text, int year)
    {
        var months = MonthRange().Match(text);
        return months.Success && !months.Groups["y"].Success ? FromMonths(months, year) : null;
    }

    // "mars-maj" in a year: from the first day of the first month to the last day of the last.
    private static Found? FromMonths(Match months, int year)
    {
        var first = SwedishMonths.Number(months.Groups["a"].Value);
        var last = SwedishMonths.Number(months.Groups["b"].Value);
        return first > 0 && last >= first
            ? new Found(new LocalDate(year, first, 1), new LocalDate(year, last, CalendarSystem.Iso.GetDaysInMonth(year, last)), months.Value.Trim())
            : null;
    }

    /// <summary>
    /// A renewal the text states ("förnyas varje år", "prövas med tremånadersintervaller", "revideras årligen"): its
    /// cadence and its words, or <see langword="null"/>.
    /// </summary>
    internal static (Cadence Cadence, string Wording)? Renewal(string text)
    {
        var m = RenewalPhrase().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var when = m.Groups["when"].Value.ToLowerInvariant();
        Cadence cadence = when switch
        {
            "varje år" or "årligen" or "varje läsår" => Cadence.Yearly,
            "varje kvartal" or "kvartalsvis" or "med tremånadersintervaller" or "var tredje månad" => Cadence.Quarterly,
            "varje månad" or "månadsvis" => Cadence.Monthly,
            "varje termin" => Cadence.PerSchoolTerm,
            _ => Cadence.Continuous,
        };
        return (cadence, m.Value);
    }

    private static int? YearOf(string text)
    {
        var year = Year().Match(text);
        return year.Success ? int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    internal static LocalDate? Date(string text)
    {
        var m = IsoDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, mo) && y is > 1900 and < 2200 ? new LocalDate(y, mo, d) : null;
    }

    [GeneratedRegex(@"(från\s+)?(?<a>\d{4}-\d{2}-\d{2})\s*(till|–|-|—)\s*(?<b>\d{4}-\d{2}-\d{2})", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DateRange();

    [GeneratedRegex(@"(?<w>(?<a>(19|20)\d\d)(\s*[-–—]\s*|\s+till och med\s+|\s+till\s+)(?<b>(19|20)\d\d))(?!-\d)", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(perioden\s+|under\s+)?(?<a>" + SwedishMonths.Pattern + @")\s*[-–]\s*(?<b>" + SwedishMonths.Pattern + @")(\s+(?<y>(19|20)\d\d))?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(förnyas|prövas|omprövas|revideras|uppdateras|följs upp och förnyas)\s+(?<when>varje år|årligen|varje läsår|varje kvartal|kvartalsvis|med tremånadersintervaller|var tredje månad|varje månad|månadsvis|varje termin|löpande)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex RenewalPhrase();

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)\b", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<y>\d{4})[- ]?(?<m>\d{2})[- ]?(?<d>\d{2})$", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();
}
