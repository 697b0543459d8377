using System.Globalization;
using NodaTime;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Rendering;

/// <summary>Periods in words: "2024", "2019–2020", "2019-01-01–2019-06-30".</summary>
internal static class PeriodWording
{
    /// <summary>Whole calendar years as "2024" or "2019–2020"; <see langword="null"/> for any other period.</summary>
    internal static string? Years(DateInterval period)
    {
        if (period.Start.Month != 1 || period.Start.Day != 1 || period.End.Month != 12 || period.End.Day != 31)
        {
            return null;
        }

        var first = period.Start.Year.ToString(CultureInfo.InvariantCulture);
        return period.Start.Year == period.End.Year ? first : first + "–" + period.End.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>ISO dates joined by an en dash: "2019-01-01–2019-06-30".</summary>
    internal static string Dates(DateInterval period) => Date(period.Start) + "–" + Date(period.End);

    internal static string Date(LocalDate date) => IsoDate.Format(date);

    /// <summary>"under 2024", "under perioden 2019-01-01–2019-06-30"; "under perioden" without a period.</summary>
    internal static string During(DateInterval? period, RenderStrings strings)
    {
        if (period is null)
        {
            return strings.DuringThePeriod;
        }

        return Years(period) is { } years
            ? string.Format(CultureInfo.InvariantCulture, strings.DuringYears, years)
            : string.Format(CultureInfo.InvariantCulture, strings.DuringPeriod, Dates(period));
    }
}
