using NodaTime;

namespace Medborgarlofte.Tests.Support;

/// <summary>A clock stopped at one instant, so that as-of dates in tests never move.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    internal static FixedClock AtNoon(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 12, 0));

    public Instant GetCurrentInstant() => now;
}
