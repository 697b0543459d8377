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
    internal sealed record Found(LocalDate Start, LocalDate? End, string Wording);

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
            return new Found(a, b, range.Value);
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

    [GeneratedRegex(@"(?<w>(?<a>(19|20)\d\d)\s*[-–—]\s*(?<b>(19|20)\d\d))(?!-\d)", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)\b", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<y>\d{4})[- ]?(?<m>\d{2})[- ]?(?<d>\d{2})$", RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();
}
