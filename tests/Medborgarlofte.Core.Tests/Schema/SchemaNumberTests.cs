using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// A number's raw text reads as <see cref="JsonElement"/> reads it, decimal scale and double bits alike: the
/// interpreter and the generated checks (which read a tape) compare instances through these readers.
/// </summary>
public sealed class SchemaNumberTests
{
    [Fact]
    public void Raw_text_reads_as_JsonElement_reads_it()
    {
        var numbers = new List<string>
        {
            "0", "-0", "1", "1.0", "1e2", "1E+2", "1e-400", "-1e-400", "1e400", "-1e400",
            "79228162514264337593543950335", "79228162514264337593543950336", "0.1000000000000000000000000000001",
            "-22739120973466340866929767796.5", "6.63820560184014710049485765125", "4.9e-324", "1.7976931348623159e308",
        };

        // Digits past decimal's 28 and double's 17, exponents past double's range: where parsers round differently.
        var random = new Random(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            text.Append(random.Next(2) == 0 ? "-" : string.Empty).Append((char)('1' + random.Next(9)));
            for (var k = random.Next(35); k > 0; k--)
            {
                text.Append((char)('0' + random.Next(10)));
            }

            if (random.Next(2) == 0)
            {
                text.Append('.');
                for (var k = random.Next(1, 35); k > 0; k--)
                {
                    text.Append((char)('0' + random.Next(10)));
                }
            }

            if (random.Next(3) == 0)
            {
                text.Append(random.Next(2) == 0 ? 'e' : 'E').Append(random.Next(-420, 420));
            }

            numbers.Add(text.ToString());
        }

        foreach (var number in numbers)
        {
            var raw = Encoding.UTF8.GetBytes(number);
            using var document = JsonDocument.Parse(raw);
            var element = document.RootElement;

            var expectedFits = element.TryGetDecimal(out var expected);
            Assert.Equal(expectedFits, SchemaNumber.TryParseDecimal(raw, out var actual));
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));

            var expectedDouble = element.TryGetDouble(out var x) ? x : number[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedDouble), BitConverter.DoubleToInt64Bits(SchemaNumber.ReadDouble(raw)));
        }
    }
}
