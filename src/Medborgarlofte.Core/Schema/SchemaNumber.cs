using System;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// A number from a schema (a limit or a divisor), kept as <see cref="decimal"/> when it fits and as
/// <see cref="double"/> otherwise, together with its JSON text for messages.
/// </summary>
/// <remarks>
/// Why decimal first: <c>0.3</c> is a multiple of <c>0.1</c> and <c>1.1 &lt; 1.10000000000000001</c> only in
/// decimal arithmetic. Values outside decimal's range (about 7.9e28) fall back to double, where an overflow
/// becomes an infinity instead of an exception.
/// </remarks>
internal readonly struct SchemaNumber
{
    // 10^0 .. 10^19, the powers that fit in a ulong.
    private static readonly ulong[] PowersOfTen =
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    private readonly ulong _mantissa;
    private readonly int _scale;
    private readonly bool _negative;
    private readonly bool _isSimple;

    private SchemaNumber(decimal decimalValue, double doubleValue, bool isDecimal, string text, ReadOnlySpan<byte> raw)
    {
        Decimal = decimalValue;
        Double = doubleValue;
        IsDecimal = isDecimal;
        Text = text;
        _isSimple = TryReadSimple(raw, out _mantissa, out _scale, out _negative);
    }

    public decimal Decimal { get; }

    public double Double { get; }

    public bool IsDecimal { get; }

    /// <summary>The number as written in the schema.</summary>
    public string Text { get; }

    /// <summary>Reads a number element of a schema.</summary>
    public static SchemaNumber From(JsonElement element)
    {
        var text = element.GetRawText();
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (element.TryGetDecimal(out var d))
        {
            return new SchemaNumber(d, (double)d, isDecimal: true, text, raw);
        }

        return new SchemaNumber(0m, ReadDouble(element), isDecimal: false, text, raw);
    }

    /// <summary>Compares an instance number with this one: negative, zero or positive, like <see cref="IComparable"/>.</summary>
    public int CompareInstance(in InstanceValue instance) => CompareRaw(instance.Raw);

    /// <summary>
    /// Compares a number's raw text with this one, as <see cref="CompareInstance"/> does: the interpreter and the
    /// generated checks (which read a tape, not a <see cref="JsonElement"/>) share it, so they decide alike.
    /// </summary>
    public int CompareRaw(ReadOnlySpan<byte> raw)
    {
        if (_isSimple && TryReadSimple(raw, out var mantissa, out var scale, out var negative))
        {
            return CompareSimple(negative, mantissa, scale, _negative, _mantissa, _scale);
        }

        if (IsDecimal && TryParseDecimal(raw, out var d))
        {
            return d.CompareTo(Decimal);
        }

        return ReadDouble(raw).CompareTo(Double);
    }

    /// <summary>True when the instance number is an integer multiple of this (positive) number.</summary>
    public bool Divides(in InstanceValue instance)
    {
        if (_isSimple && TryReadSimple(instance.Raw, out var mantissa, out var scale, out _))
        {
            // Both are m / 10^s with m < 2^64: compare at a common scale in integers (exact and fast).
            var common = Math.Max(scale, _scale);
            if (scale == _scale)
            {
                return mantissa % _mantissa == 0;
            }

            if (common - scale < PowersOfTen.Length && common - _scale < PowersOfTen.Length)
            {
                var dividend = (UInt128)mantissa * PowersOfTen[common - scale];
                var divisor = (UInt128)_mantissa * PowersOfTen[common - _scale];
                return dividend % divisor == 0;
            }
        }

        if (IsDecimal && instance.Element.TryGetDecimal(out var d))
        {
            return d % Decimal == 0m;
        }

        // fmod is exact in IEEE 754, so 1e308 is a multiple of 0.5 while 1e308 / 0.123456789 (infinite) is not.
        var x = ReadDouble(instance.Element);
        if (double.IsInfinity(x) || double.IsNaN(x))
        {
            return false;
        }

        return x % Double == 0d;
    }

    /// <summary>
    /// Reads a JSON number as a decimal: plain notation with up to 19 significant digits is parsed straight from
    /// the bytes (the common case, several times faster than <see cref="JsonElement.TryGetDecimal"/>); anything
    /// else goes through System.Text.Json. False when the number does not fit a decimal.
    /// </summary>
    public static bool TryReadDecimal(JsonElement element, out decimal value)
    {
        if (TryReadSimple(JsonMarshal.GetRawUtf8Value(element), out var mantissa, out var scale, out var negative) && scale <= 28)
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        return element.TryGetDecimal(out value);
    }

    // Exact comparison of a = ma / 10^sa and b = mb / 10^sb (signs given separately; -0 equals 0).
    private static int CompareSimple(bool negativeA, ulong ma, int sa, bool negativeB, ulong mb, int sb)
    {
        negativeA &= ma != 0;
        negativeB &= mb != 0;
        if (negativeA != negativeB)
        {
            return negativeA ? -1 : 1;
        }

        int magnitude;
        if (sa == sb)
        {
            magnitude = ma.CompareTo(mb);
        }
        else
        {
            var common = Math.Max(sa, sb);
            magnitude = ((UInt128)ma * PowersOfTen[common - sa]).CompareTo((UInt128)mb * PowersOfTen[common - sb]);
        }

        return negativeA ? -magnitude : magnitude;
    }

    // "-?digits(.digits)?" with at most 19 digits in all: the value is mantissa / 10^scale.
    private static bool TryReadSimple(ReadOnlySpan<byte> raw, out ulong mantissa, out int scale, out bool negative)
    {
        mantissa = 0;
        scale = 0;
        negative = raw.Length > 0 && raw[0] == '-';
        var i = negative ? 1 : 0;
        var digits = 0;
        var inFraction = false;
        for (; i < raw.Length; i++)
        {
            var b = raw[i];
            if ((uint)(b - '0') <= 9)
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(b - '0');
                if (inFraction)
                {
                    scale++;
                }
            }
            else if (b == '.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>Reads any JSON number as a double; numbers beyond double's range become infinities.</summary>
    public static double ReadDouble(JsonElement element) => ReadDouble(JsonMarshal.GetRawUtf8Value(element));

    /// <summary>
    /// Reads a JSON number's text as a double, as <see cref="JsonElement.TryGetDouble"/> does (the same parser and
    /// format); numbers beyond double's range become infinities.
    /// </summary>
    public static double ReadDouble(ReadOnlySpan<byte> raw) =>
        Utf8Parser.TryParse(raw, out double x, out var consumed, NumberFormat(raw)) && consumed == raw.Length && double.IsFinite(x)
            ? x
            : raw.Length > 0 && raw[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;

    /// <summary>
    /// Reads a JSON number's text as a decimal exactly as <see cref="JsonElement.TryGetDecimal"/> does, scale included
    /// (<c>1.0</c> stays 1.0). Not <see cref="decimal.TryParse(ReadOnlySpan{byte}, System.Globalization.NumberStyles, IFormatProvider, out decimal)"/>,
    /// which rounds the 29th digit differently.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> raw, out decimal value)
    {
        if (Utf8Parser.TryParse(raw, out value, out var consumed, NumberFormat(raw)) && consumed == raw.Length)
        {
            return true;
        }

        value = default;
        return false;
    }

    // As System.Text.Json: the exponent format only for a number that has an exponent.
    private static char NumberFormat(ReadOnlySpan<byte> raw) => raw.IndexOfAny((byte)'e', (byte)'E') >= 0 ? 'E' : default;

    /// <summary>
    /// True when the JSON number has no fractional part (<c>1.0</c> and <c>1e2</c> count), decided exactly from
    /// its text, so that arbitrarily large numbers are handled and nothing is rounded.
    /// </summary>
    public static bool IsInteger(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return true;
        }

        // Mantissa digits d1..dn with `fractionDigits` of them after the point, times 10^exponent.
        var i = 0;
        if (raw[i] == '-')
        {
            i++;
        }

        var lastNonZero = -1; // index among mantissa digits
        var digitCount = 0;
        var fractionDigits = 0;
        var inFraction = false;
        for (; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == '.')
            {
                inFraction = true;
                continue;
            }

            if (b is (byte)'e' or (byte)'E')
            {
                break;
            }

            if (b != '0')
            {
                lastNonZero = digitCount;
            }

            digitCount++;
            if (inFraction)
            {
                fractionDigits++;
            }
        }

        if (lastNonZero < 0)
        {
            return true; // zero
        }

        long exponent = 0;
        if (i < raw.Length)
        {
            i++;
            var negative = false;
            if (raw[i] is (byte)'+' or (byte)'-')
            {
                negative = raw[i] == '-';
                i++;
            }

            for (; i < raw.Length; i++)
            {
                exponent = Math.Min((exponent * 10) + (raw[i] - '0'), int.MaxValue);
            }

            if (negative)
            {
                exponent = -exponent;
            }
        }

        // Digits after the point once trailing zeros are dropped, less the exponent shift.
        var trailingZeros = digitCount - 1 - lastNonZero;
        var significantFraction = (long)fractionDigits - trailingZeros;
        return significantFraction - exponent <= 0;
    }
}
