using System;
using System.Globalization;
using NodaTime;

namespace Medborgarlofte.Import.Structure;

/// <summary>
/// The dates of a target's (sub-)period from its published words, in the validity's year: "under juni månad" is June,
/// "under hösten" August–December, "under våren 2019" January–June 2019, "under sommaren" June–August.
/// </summary>
internal static class TargetPeriods
{
    /// <summary>The period, or <see langword="null"/> when the words name none ("under perioden", "under året").</summary>
    internal static DateInterval? Of(string? wording, ValidityPhrase.Found validity)
    {
        if (wording is null)
        {
            return null;
        }

        var words = wording.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var year = validity.Start.Year;
        foreach (var w in words)
        {
            if (w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200)
            {
                year = y;
            }
        }

        if (words.Length < 2)
        {
            return null;
        }

        var month = SwedishMonths.Number(words[1]);
        if (month > 0)
        {
            return new DateInterval(new LocalDate(year, month, 1), new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
        }

        return words[1] switch
        {
            "våren" => new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 6, 30)),
            "sommaren" or "sommarperioden" => new DateInterval(new LocalDate(year, 6, 1), new LocalDate(year, 8, 31)),
            "hösten" => new DateInterval(new LocalDate(year, 8, 1), new LocalDate(year, 12, 31)),
            "vintern" => null, // spans two years: left to the reviewer
            _ => null,
        };
    }
}
