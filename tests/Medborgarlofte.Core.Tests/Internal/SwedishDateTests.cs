using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.Internal;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>Today in Sweden from the system's zone agrees with NodaTime's database, around midnight and every clock change.</summary>
public sealed class SwedishDateTests
{
    public static TheoryData<string> Instants() =>
    [
        "2024-03-30T22:59:59Z", "2024-03-30T23:00:00Z", // midnight in winter time (UTC+1)
        "2024-03-31T00:59:59Z", "2024-03-31T01:00:00Z", // the change to summer time
        "2024-06-30T21:59:59Z", "2024-06-30T22:00:00Z", // midnight in summer time (UTC+2)
        "2024-10-26T21:59:59Z", "2024-10-26T22:00:00Z",
        "2024-10-27T00:59:59Z", "2024-10-27T01:00:00Z", // the change back
        "2024-12-31T22:59:59Z", "2024-12-31T23:00:00Z", // new year
        "1970-01-01T00:00:00Z", "2100-07-01T12:00:00Z",
    ];

    [Theory]
    [MemberData(nameof(Instants))]
    public void The_date_is_the_one_in_Stockholm(string utc)
    {
        var instant = NodaTime.Text.InstantPattern.General.Parse(utc).Value;

        Assert.Equal(instant.InZone(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).Date, SwedishDate.At(instant));
    }

    /// <summary>Instants a second either side of each clock change and each local midnight of those days, 1996–2100.</summary>
    private static IEnumerable<Instant> AroundEveryClockChange()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var start = Instant.FromUtc(1996, 1, 1, 0, 0);
        foreach (var change in zone.GetZoneIntervals(start, Instant.FromUtc(2101, 1, 1, 0, 0)).Select(i => i.Start).Where(s => s > start))
        {
            var midnight = change.InZone(zone).Date.AtStartOfDayInZone(zone).ToInstant();
            foreach (var instant in new[] { change, midnight, midnight.Plus(Duration.FromDays(1)) })
            {
                yield return instant.Minus(Duration.FromSeconds(1));
                yield return instant;
            }
        }
    }

    [Fact]
    public void Every_clock_change_to_2100_agrees_with_the_database()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var instants = AroundEveryClockChange().ToList();

        Assert.True(instants.Count > 1200, $"{instants.Count} instants");
        Assert.All(instants, instant => Assert.Equal(instant.InZone(zone).Date, SwedishDate.At(instant)));
    }

    [Fact]
    public void Every_hour_of_2024_to_2026_agrees_with_the_database()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        for (var instant = Instant.FromUtc(2024, 1, 1, 0, 30); instant < Instant.FromUtc(2027, 1, 1, 0, 0); instant = instant.Plus(Duration.FromHours(1)))
        {
            Assert.Equal(instant.InZone(zone).Date, SwedishDate.At(instant));
        }
    }

    [Fact]
    public void Instants_outside_the_years_of_DateTimeOffset_use_the_database()
    {
        Assert.Equal(new LocalDate(1, 1, 1), SwedishDate.At(Instant.FromUtc(1, 1, 1, 0, 0)));
        Assert.Equal(new LocalDate(9999, 12, 31), SwedishDate.At(Instant.FromUtc(9999, 12, 31, 12, 0)));
        Assert.Equal(new LocalDate(-100, 6, 1), SwedishDate.At(Instant.FromUtc(-100, 6, 1, 12, 0)));
    }

    [Fact]
    public void Summer_time_before_1996_ended_in_September()
    {
        Assert.Equal(new LocalDate(1995, 9, 24), SwedishDate.At(Instant.FromUtc(1995, 9, 23, 22, 30))); // still summer time: it ended in September then
        Assert.Equal(new LocalDate(1995, 12, 31), SwedishDate.At(Instant.FromUtc(1995, 12, 31, 22, 59, 59)));
        Assert.Equal(new LocalDate(1996, 1, 1), SwedishDate.At(Instant.FromUtc(1995, 12, 31, 23, 0)));
    }

    [Fact]
    public void Today_is_taken_from_the_clock()
    {
        var clock = new FixedClock(Instant.FromUtc(2024, 12, 31, 23, 30));

        Assert.Equal(new LocalDate(2025, 1, 1), SwedishDate.Today(clock));
    }
}
