using System;
using NodaTime;

namespace Medborgarlofte.Internal;

/// <summary>Today's date in Sweden (Europe/Stockholm) for a clock: the default "as of" date of validation and follow-up.</summary>
/// <remarks>
/// Why not <c>DateTimeZoneProviders.Tzdb</c> alone: loading NodaTime's time-zone database (parsing it and
/// building its alias tables) was about a sixth of a <c>medborgarlofte validate</c> process. The operating
/// system's own zone is read instead when it has one; where it has none (a container without tzdata), or the
/// instant lies outside the years <see cref="DateTimeOffset"/> holds, NodaTime's database decides.
/// </remarks>
internal static class SwedishDate
{
    internal const string ZoneId = "Europe/Stockholm";

    private static readonly Lazy<TimeZoneInfo?> SystemZone = new(static () => TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone) ? zone : null);

    private static readonly Lazy<DateTimeZone> TzdbZone = new(static () => DateTimeZoneProviders.Tzdb[ZoneId]);

    // DateTimeOffset holds the years 1 to 9999; a day of margin keeps the local date inside them.
    private static readonly Instant FirstConvertible = Instant.FromUtc(1, 1, 2, 0, 0);
    private static readonly Instant LastConvertible = Instant.FromUtc(9999, 12, 30, 0, 0);

    /// <summary>Gets the time zone, from NodaTime's database (loaded on first use).</summary>
    internal static DateTimeZone Zone => TzdbZone.Value;

    /// <summary>The date in Sweden at the clock's current instant.</summary>
    internal static LocalDate Today(IClock clock) => At(clock.GetCurrentInstant());

    /// <summary>The date in Sweden at <paramref name="instant"/>.</summary>
    internal static LocalDate At(Instant instant)
    {
        if (instant >= FirstConvertible && instant <= LastConvertible && SystemZone.Value is { } zone)
        {
            return LocalDate.FromDateTime(TimeZoneInfo.ConvertTime(instant.ToDateTimeOffset(), zone).DateTime);
        }

        return instant.InZone(TzdbZone.Value).Date;
    }
}
