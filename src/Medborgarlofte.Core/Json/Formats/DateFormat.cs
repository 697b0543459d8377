using System;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// RFC 3339 section 5.6 <c>full-date</c>, the schema's <c>date</c> format (datum), checked on the UTF-8 bytes:
/// what the reader's dates must be.
/// </summary>
/// <remarks>Only ASCII digits are accepted (no other Unicode digits); the calendar is proleptic Gregorian.</remarks>
internal static class DateFormat
{
    /// <summary>"YYYY-MM-DD" with a real day of that month.</summary>
    public static bool IsDate(ReadOnlySpan<byte> text) => TryReadDate(text, out _, out _, out _);

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
