using System;
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
    private SchemaNumber(decimal decimalValue, double doubleValue, bool isDecimal, string text)
    {
        Decimal = decimalValue;
        Double = doubleValue;
        IsDecimal = isDecimal;
        Text = text;
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
        if (element.TryGetDecimal(out var d))
        {
            return new SchemaNumber(d, (double)d, isDecimal: true, text);
        }

        return new SchemaNumber(0m, ReadDouble(element), isDecimal: false, text);
    }

    /// <summary>Compares an instance number with this one: negative, zero or positive, like <see cref="IComparable"/>.</summary>
    public int CompareInstance(JsonElement instance)
    {
        if (IsDecimal && instance.TryGetDecimal(out var d))
        {
            return d.CompareTo(Decimal);
        }

        return ReadDouble(instance).CompareTo(Double);
    }

    /// <summary>True when the instance number is an integer multiple of this (positive) number.</summary>
    public bool Divides(JsonElement instance)
    {
        if (IsDecimal && instance.TryGetDecimal(out var d))
        {
            return d % Decimal == 0m;
        }

        // fmod is exact in IEEE 754, so 1e308 is a multiple of 0.5 while 1e308 / 0.123456789 (infinite) is not.
        var x = ReadDouble(instance);
        if (double.IsInfinity(x) || double.IsNaN(x))
        {
            return false;
        }

        return x % Double == 0d;
    }

    /// <summary>Reads any JSON number as a double; numbers beyond double's range become infinities.</summary>
    public static double ReadDouble(JsonElement element)
    {
        if (element.TryGetDouble(out var x))
        {
            return x;
        }

        var raw = JsonMarshal.GetRawUtf8Value(element);
        return raw.Length > 0 && raw[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
    }

    /// <summary>
    /// True when the JSON number has no fractional part (<c>1.0</c> and <c>1e2</c> count), decided exactly from
    /// its text, so that arbitrarily large numbers are handled and nothing is rounded.
    /// </summary>
    public static bool IsInteger(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
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
