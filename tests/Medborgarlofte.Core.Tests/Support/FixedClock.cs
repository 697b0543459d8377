using NodaTime;

namespace Medborgarlofte.Tests.Support;

/// <summary>A clock stopped at one instant, so that as-of dates in tests never move (NodaTime.Testing is not served here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    internal static FixedClock AtNoon(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 12, 0));

    internal static FixedClock AtNoonInSweden(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant());

    public Instant GetCurrentInstant() => now;
}
