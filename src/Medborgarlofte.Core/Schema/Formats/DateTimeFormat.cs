using System;

namespace Medborgarlofte.Schema;

/// <summary>
/// RFC 3339 section 5.6 <c>full-date</c>, <c>full-time</c> and <c>date-time</c>, as the JSON Schema formats
/// <c>date</c>, <c>time</c> and <c>date-time</c>, checked on the UTF-8 bytes.
/// </summary>
/// <remarks>
/// Only ASCII digits are accepted (no other Unicode digits), the separators <c>T</c> and <c>Z</c> may be lower
/// case, a time needs an offset, and a leap second (<c>:60</c>) is accepted only at 23:59 UTC, computed with the
/// offset. Whether that day really had a leap second is not checked (that needs a table that changes).
/// </remarks>
internal static class DateTimeFormat
{
    /// <summary>"YYYY-MM-DD" with a real day of that month.</summary>
    public static bool IsDate(ReadOnlySpan<byte> text) => IsFullDate(text);

    /// <summary>"HH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)".</summary>
    public static bool IsTime(ReadOnlySpan<byte> text) => IsFullTime(text);

    /// <summary>A full date, "T" (or "t"), and a full time.</summary>
    public static bool IsDateTime(ReadOnlySpan<byte> text) =>
        text.Length > 11 && (text[10] | 0x20) == 't' && IsFullDate(text[..10]) && IsFullTime(text[11..]);

    /// <summary>Reads "YYYY-MM-DD" with a real day of that month (proleptic Gregorian, years 0000 to 9999).</summary>
    public static bool TryReadDate(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        month = day = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
        {
            year = 0;
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    private static bool IsFullDate(ReadOnlySpan<byte> text) => TryReadDate(text, out _, out _, out _);

    private static bool IsFullTime(ReadOnlySpan<byte> text)
    {
        // partial-time: HH:MM:SS
        if (text.Length < 9 || text[2] != ':' || text[5] != ':'
            || !TryDigits(text[..2], out var hour) || !TryDigits(text.Slice(3, 2), out var minute) || !TryDigits(text.Slice(6, 2), out var second))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var i = 8;
        if (text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        // time-offset: Z / ("+" / "-") HH:MM
        if (i >= text.Length)
        {
            return false;
        }

        var offsetMinutes = 0;
        var sign = text[i];
        if ((sign | 0x20) == 'z')
        {
            if (i + 1 != text.Length)
            {
                return false;
            }
        }
        else if (sign is (byte)'+' or (byte)'-')
        {
            var offset = text[(i + 1)..];
            if (offset.Length != 5 || offset[2] != ':'
                || !TryDigits(offset[..2], out var offsetHour) || !TryDigits(offset.Slice(3, 2), out var offsetMinute)
                || offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offsetMinutes = (offsetHour * 60) + offsetMinute;
            if (sign == '-')
            {
                offsetMinutes = -offsetMinutes;
            }
        }
        else
        {
            return false;
        }

        if (second == 60)
        {
            // A leap second is the last second of 23:59 UTC; local time = UTC + offset.
            var utc = ((((hour * 60) + minute - offsetMinutes) % 1440) + 1440) % 1440;
            return utc == (23 * 60) + 59;
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
