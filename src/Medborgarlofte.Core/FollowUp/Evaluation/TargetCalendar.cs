using System;
using NodaTime;
using Medborgarlofte.Internal;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Counts the whole recurrence units (weeks, months, quarters, school terms, years) of a target's period that
/// have elapsed by a date. Every count includes its last day: a weekly target from 2019-01-01 has
/// 26 whole weeks by 2019-07-01 (182 days).
/// </summary>
/// <remarks>
/// Unit k of a period ends on the day before the start plus k units, with NodaTime's calendar
/// arithmetic: a month from 31 January ends on the day before 29 February (in 2024), a year from
/// 29 February 2024 on the day before 28 February 2025.
/// School terms follow the Swedish school year: the spring term (vårtermin) is January–June and
/// the autumn term (hösttermin) August–December. A term counts once it has ended, if it ended
/// within the period. A quarter is three months from the period's start, as a month is one.
/// <see cref="Recurrence.PerOccurrence"/> has no calendar units (its count follows another target): zero.
/// </remarks>
public static class TargetCalendar
{
    /// <summary>Gets the number of whole units of <paramref name="recurrence"/> from <paramref name="start"/> through <paramref name="through"/>.</summary>
    /// <param name="recurrence">The recurrence.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="through">The last day counted (inclusive).</param>
    /// <param name="periodEnd">The last day of the period, for <see cref="Recurrence.Once"/>; <see langword="null"/> when open-ended.</param>
    /// <returns>The number of whole units, zero when <paramref name="through"/> is before <paramref name="start"/>.</returns>
    public static int UnitsElapsed(Recurrence recurrence, LocalDate start, LocalDate through, LocalDate? periodEnd)
    {
        if (through < start)
        {
            return 0;
        }

        return recurrence switch
        {
            Recurrence.Once => periodEnd is { } end && through >= end ? 1 : 0,
            Recurrence.PerWeek => (Period.DaysBetween(start, through) + 1) / 7,
            Recurrence.PerMonth => WholeUnits(start, through, PeriodUnits.Months),
            Recurrence.PerQuarter => WholeUnits(start, through, PeriodUnits.Months) / 3,
            Recurrence.PerOccurrence => 0,
            Recurrence.PerYear => WholeUnits(start, through, PeriodUnits.Years),
            Recurrence.PerSchoolTerm => SchoolTermsEnded(start, through),
            _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence, "Unknown recurrence."),
        };
    }

    /// <summary>Whole months or years from <paramref name="start"/> whose last day is on or before <paramref name="through"/>.</summary>
    private static int WholeUnits(LocalDate start, LocalDate through, PeriodUnits units)
    {
        if (through < LocalDate.MaxIsoValue)
        {
            var period = Period.Between(start, through.PlusDays(1), units);
            return units == PeriodUnits.Months ? period.Months : period.Years;
        }

        // 9999-12-31 has no day after it: the units that end before it are counted as elsewhere, and the next one
        // ends on 9999-12-31 exactly when units start on the 1st (of a month; of January for years).
        var before = Period.Between(start, through, units);
        return units == PeriodUnits.Months
            ? before.Months + (start.Day == 1 ? 1 : 0)
            : before.Years + (start.Day == 1 && start.Month == 1 ? 1 : 0);
    }

    /// <summary>Gets the school terms that end on a day from <paramref name="start"/> through <paramref name="through"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="through">The last day (inclusive).</param>
    /// <returns>The number of terms.</returns>
    public static int SchoolTermsEnded(LocalDate start, LocalDate through)
    {
        var count = 0;
        for (var year = start.Year; year <= through.Year; year++)
        {
            // Spring term ends 30 June, autumn term 31 December.
            foreach (var termEnd in (ReadOnlySpan<LocalDate>)[new LocalDate(year, 6, 30), new LocalDate(year, 12, 31)])
            {
                if (termEnd >= start && termEnd <= through)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Gets the number of whole units in a closed period; what the whole period calls for.</summary>
    /// <param name="recurrence">The recurrence.</param>
    /// <param name="period">The period.</param>
    /// <returns>The number of whole units (1 for <see cref="Recurrence.Once"/>).</returns>
    public static int UnitsIn(Recurrence recurrence, DateInterval period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return UnitsElapsed(recurrence, period.Start, period.End, period.End);
    }
}
