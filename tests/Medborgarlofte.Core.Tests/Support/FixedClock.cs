using NodaTime;

namespace Medborgarlofte.Tests.Support;

/// <summary>A clock that always says the same instant (NodaTime.Testing is not served here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;

    internal static FixedClock AtNoonInSweden(LocalDate date) =>
        new(date.At(new LocalTime(12, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant());
}
