using Medborgarlofte.FollowUp;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

/// <summary>The calendar edges: mid-week starts, leap years, open-ended periods, four-month promises, school terms.</summary>
public sealed class TargetCalendarTests
{
    [Theory]
    [InlineData("2019-01-01", "2019-07-01", 26)] // 182 days
    [InlineData("2019-01-01", "2019-06-30", 25)] // 181 days: the 26th week is not over
    [InlineData("2019-01-01", "2019-01-06", 0)]
    [InlineData("2019-01-01", "2019-01-07", 1)]
    [InlineData("2021-05-05", "2021-05-11", 1)] // a period starting on a Wednesday counts weeks from that Wednesday
    [InlineData("2021-05-05", "2021-05-10", 0)]
    [InlineData("2024-01-01", "2024-12-31", 52)] // a leap year: 366 days, 52 whole weeks
    [InlineData("2019-01-01", "2018-12-31", 0)] // before the start
    public void Whole_weeks_include_the_last_day(string start, string through, int weeks)
    {
        Assert.Equal(weeks, TargetCalendar.UnitsElapsed(Recurrence.PerWeek, Date(start), Date(through), null));
    }

    [Theory]
    [InlineData("2024-01-31", "2024-02-27", 0)]
    [InlineData("2024-01-31", "2024-02-28", 1)] // a month from 31 January runs to the day before 29 February (clamped)
    [InlineData("2023-01-31", "2023-02-27", 1)] // … and in a common year to the day before 28 February
    [InlineData("2024-01-01", "2024-02-29", 2)] // leap day completes February
    [InlineData("2023-01-01", "2023-02-28", 2)]
    [InlineData("2024-09-01", "2024-12-31", 4)] // a four-month promise
    public void Whole_months_follow_the_calendar(string start, string through, int months)
    {
        Assert.Equal(months, TargetCalendar.UnitsElapsed(Recurrence.PerMonth, Date(start), Date(through), null));
    }

    [Theory]
    [InlineData("2024-02-29", "2025-02-26", 0)]
    [InlineData("2024-02-29", "2025-02-27", 1)] // a year from a leap day runs to the day before 28 February
    [InlineData("2023-03-06", "2025-12-31", 2)]
    public void Whole_years_handle_leap_days(string start, string through, int years)
    {
        Assert.Equal(years, TargetCalendar.UnitsElapsed(Recurrence.PerYear, Date(start), Date(through), null));
    }

    [Theory]
    [InlineData("2019-01-01", "2020-12-31", 4)]
    [InlineData("2019-01-01", "2019-06-29", 0)]
    [InlineData("2019-01-01", "2019-06-30", 1)]
    [InlineData("2024-09-01", "2024-12-31", 1)] // a four-month autumn promise holds one term end
    [InlineData("2024-03-01", "2024-03-31", 0)] // one month holds no term end
    public void School_terms_count_when_they_end(string start, string through, int terms)
    {
        Assert.Equal(terms, TargetCalendar.UnitsElapsed(Recurrence.PerSchoolTerm, Date(start), Date(through), null));
    }

    [Fact]
    public void Once_is_due_only_at_the_end_and_never_when_open_ended()
    {
        var start = Date("2024-01-01");
        var end = Date("2024-12-31");

        Assert.Equal(0, TargetCalendar.UnitsElapsed(Recurrence.Once, start, Date("2024-12-30"), end));
        Assert.Equal(1, TargetCalendar.UnitsElapsed(Recurrence.Once, start, end, end));
        Assert.Equal(0, TargetCalendar.UnitsElapsed(Recurrence.Once, start, Date("2030-01-01"), null));
    }

    [Fact]
    public void Units_in_a_period_are_the_whole_period()
    {
        Assert.Equal(104, TargetCalendar.UnitsIn(Recurrence.PerWeek, new DateInterval(Date("2019-01-01"), Date("2020-12-31"))));
        Assert.Equal(1, TargetCalendar.UnitsIn(Recurrence.Once, new DateInterval(Date("2019-01-01"), Date("2019-01-01"))));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
