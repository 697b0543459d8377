using System.Linq;
using Medborgarlofte.Internal;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>Today in Sweden from the system's zone agrees with NodaTime's database, around midnight and the clock changes.</summary>
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

    [Fact]
    public void Instants_outside_the_years_of_DateTimeOffset_use_the_database()
    {
        Assert.Equal(new LocalDate(1, 1, 1), SwedishDate.At(Instant.FromUtc(1, 1, 1, 0, 0)));
        Assert.Equal(new LocalDate(9999, 12, 31), SwedishDate.At(Instant.FromUtc(9999, 12, 31, 12, 0)));
        Assert.Equal(new LocalDate(-100, 6, 1), SwedishDate.At(Instant.FromUtc(-100, 6, 1, 12, 0)));
    }

    [Fact]
    public void Today_is_taken_from_the_clock()
    {
        var clock = new FixedClock(Instant.FromUtc(2024, 12, 31, 23, 30));

        Assert.Equal(new LocalDate(2025, 1, 1), SwedishDate.Today(clock));
    }
}
