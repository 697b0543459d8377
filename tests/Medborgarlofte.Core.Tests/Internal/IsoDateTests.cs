using System;
using System.Globalization;
using Medborgarlofte.Internal;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>The hand-written ISO date writer says what NodaTime's ISO pattern (and <c>ToString("uuuu-MM-dd")</c>, which the follow-up texts used) says, for every year NodaTime holds.</summary>
public sealed class IsoDateTests
{
    [Fact]
    public void Every_year_is_written_as_the_ISO_pattern_writes_it()
    {
        for (var year = -9998; year <= 9999; year++)
        {
            foreach (var date in new[] { new LocalDate(year, 1, 1), new LocalDate(year, 2, CalendarSystem.Iso.GetDaysInMonth(year, 2)), new LocalDate(year, 12, 31) })
            {
                Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
                Assert.Equal(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), IsoDate.Format(date));
            }
        }
    }

    [Theory]
    [InlineData(2024, 5, 7, "2024-05-07")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(0, 12, 31, "0000-12-31")]
    [InlineData(-44, 3, 15, "-0044-03-15")]
    public void A_date_is_written_with_four_year_digits_and_two_for_month_and_day(int year, int month, int day, string expected)
    {
        Span<char> buffer = stackalloc char[IsoDate.MaxLength];

        Assert.Equal(expected, IsoDate.Format(new LocalDate(year, month, day)));
        Assert.Equal(expected.Length, IsoDate.Write(new LocalDate(year, month, day), buffer));
    }

    [Fact]
    public void The_extremes_fit_the_buffer()
    {
        Assert.Equal(LocalDatePattern.Iso.Format(LocalDate.MinIsoValue), IsoDate.Format(LocalDate.MinIsoValue));
        Assert.Equal(LocalDatePattern.Iso.Format(LocalDate.MaxIsoValue), IsoDate.Format(LocalDate.MaxIsoValue));
    }
}
