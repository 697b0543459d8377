using System;
using System.Globalization;
using System.Text;

namespace Medborgarlofte.Json;

/// <summary>
/// The one spelling of a JSON number in an extension (kanonisk talform), exact to the last digit (a double would
/// round): no leading or trailing zeros, <c>0</c> for any zero, and an exponent only where JavaScript's number
/// formatting (RFC 8785) uses one, so <c>2.0</c>, <c>2.00</c> and <c>0.2e1</c> are all written <c>2</c>.
/// </summary>
internal static class CanonicalNumber
{
    // Beyond this many exponent digits the text is kept as it is: such a number has no other spelling worth making.
    private const int MaxExponentDigits = 9;

    /// <summary>Gets the canonical spelling of <paramref name="raw"/>, a number as the JSON grammar accepts it.</summary>
    internal static string Of(string raw)
    {
        var i = 0;
        var negative = raw.StartsWith('-');
        if (negative)
        {
            i++;
        }

        var digits = new StringBuilder(raw.Length);
        var fraction = 0;
        for (; i < raw.Length && char.IsAsciiDigit(raw[i]); i++)
        {
            digits.Append(raw[i]);
        }

        if (i < raw.Length && raw[i] == '.')
        {
            for (i++; i < raw.Length && char.IsAsciiDigit(raw[i]); i++)
            {
                digits.Append(raw[i]);
                fraction++;
            }
        }

        long exponent = 0;
        if (i < raw.Length && (raw[i] == 'e' || raw[i] == 'E'))
        {
            var text = raw.AsSpan(i + 1).TrimStart('+').TrimStart('0');
            if (text.TrimStart('-').TrimStart('0').Length > MaxExponentDigits)
            {
                return raw;
            }

            exponent = long.Parse(text.Length == 0 || text is "-" ? "0" : text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        // value = 0.d1d2…dk × 10^n, with no leading or trailing zero in d1…dk (ECMA-262 Number::toString's k and n).
        var leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        if (leading == digits.Length)
        {
            return "0";
        }

        var end = digits.Length;
        while (digits[end - 1] == '0')
        {
            end--;
        }

        var d = digits.ToString(leading, end - leading);
        var k = d.Length;
        var n = digits.Length - leading - fraction + exponent;
        var sign = negative ? "-" : string.Empty;
        if (k <= n && n <= 21)
        {
            return sign + d + new string('0', (int)(n - k));
        }

        if (0 < n && n <= 21)
        {
            return sign + d[..(int)n] + "." + d[(int)n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', (int)-n) + d;
        }

        var e = n - 1;
        return sign + d[..1] + (k > 1 ? "." + d[1..] : string.Empty) + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }
}
