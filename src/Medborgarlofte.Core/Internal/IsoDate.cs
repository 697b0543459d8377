using System;
using NodaTime;

namespace Medborgarlofte.Internal;

/// <summary>
/// Writes a date as ISO 8601 <c>uuuu-MM-dd</c>, exactly as NodaTime's <c>LocalDatePattern.Iso</c> formats it.
/// </summary>
/// <remarks>
/// Not the pattern itself: its first use loads NodaTime's pattern parser and culture tables, a noticeable part of
/// the command's start-up, for one fixed layout. A test compares the two over the whole range of years.
/// </remarks>
internal static class IsoDate
{
    /// <summary>The longest text: a sign, five year digits (never used: years end at 9999), two dashes, four digits.</summary>
    internal const int MaxLength = 12;

    /// <summary>The date as text.</summary>
    internal static string Format(LocalDate date)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Write(date, buffer)]);
    }

    /// <summary>Writes the date into <paramref name="destination"/> (at least <see cref="MaxLength"/> long); returns the length.</summary>
    internal static int Write(LocalDate date, Span<char> destination)
    {
        var length = 0;
        var year = date.Year;
        if (year < 0)
        {
            destination[length++] = '-';
            year = -year;
        }

        length += Digits(year, year > 9999 ? 5 : 4, destination[length..]);
        destination[length++] = '-';
        length += Digits(date.Month, 2, destination[length..]);
        destination[length++] = '-';
        length += Digits(date.Day, 2, destination[length..]);
        return length;
    }

    private static int Digits(int value, int count, Span<char> destination)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return count;
    }
}
