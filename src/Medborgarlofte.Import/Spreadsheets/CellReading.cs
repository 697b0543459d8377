using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>
/// Reads a cell as its column's type: a date (a workbook's serial number, or text ÅÅÅÅ-MM-DD), a number (digits with a
/// decimal point or a Swedish decimal comma, spaces between thousands), a whole number, yes/no. Nothing is rounded or
/// guessed: a cell that is not of its type is <see langword="false"/> and the caller reports it.
/// </summary>
internal static class CellReading
{
    private static readonly LocalDate Excel1900 = new(1899, 12, 30);
    private static readonly LocalDate Excel1904 = new(1904, 1, 1);

    internal static bool TryDate(GridCell cell, bool date1904, out LocalDate date)
    {
        date = default;
        var text = cell.Text.Trim();
        if (cell.Kind is CellKind.Number or CellKind.DateNumber)
        {
            // A serial number counts days; Excel's 1900 system has a 29 February 1900 (serial 60) that never was.
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > (date1904 ? 2_957_003 : 2_958_465) || (!date1904 && serial == 60))
            {
                return false;
            }

            date = date1904 ? Excel1904.PlusDays(serial) : serial < 60 ? Excel1900.PlusDays(serial + 1) : Excel1900.PlusDays(serial);
            return true;
        }

        // An ISO date cell (t="d") may carry midnight.
        if (text.EndsWith("T00:00:00", StringComparison.Ordinal))
        {
            text = text[..^"T00:00:00".Length];
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && text.Length == 10)
        {
            date = parsed.Value;
            return true;
        }

        return false;
    }

    internal static bool TryNumber(GridCell cell, out decimal value)
    {
        var text = cell.Text.Trim();
        if (cell.Kind == CellKind.DateNumber)
        {
            // Excel turned what was typed into a date ("1/3"): a count read from it would be a day number.
            value = 0;
            return false;
        }

        if (cell.Kind == CellKind.Number)
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        // Text typed in a Swedish sheet: "2,5", "1 000"; a date or a word is not a number.
        var digits = new System.Text.StringBuilder(text.Length);
        var separators = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u00A0' or '\u202F' && i > 0 && i < text.Length - 1 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            if (c is ',' or '.')
            {
                separators++;
                c = '.';
            }

            digits.Append(c);
        }

        value = 0;
        return separators <= 1 && decimal.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    internal static bool TryWhole(GridCell cell, out int value)
    {
        value = 0;
        if (!TryNumber(cell, out var number) || number != decimal.Truncate(number) || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    internal static bool TryYesNo(GridCell cell, out bool value)
    {
        switch (cell.Text.Trim().ToLowerInvariant())
        {
            case "ja" or "yes" or "true" or "sant" or "1":
                value = true;
                return true;
            case "nej" or "no" or "false" or "falskt" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Whether a text cell reads as a date, to say so when it stands where a number should.</summary>
    internal static bool LooksLikeDate(GridCell cell) => cell.Kind == CellKind.DateNumber || (cell.Kind == CellKind.Text && TryDate(cell, false, out _));
}
