using System;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Hashing;
using Xunit;

namespace Medborgarlofte.Tests.Hashing;

/// <summary>RFC 8785 (JCS): the examples of the RFC, its Appendix B number table and the brief's edge cases.</summary>
public sealed class JsonCanonicalizerTests
{
    [Fact]
    public void The_RFC_example_of_section_3_2_2_canonicalizes_as_published()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        var canonical = JsonCanonicalizer.Canonicalize(input);

        Assert.Equal("""{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""", canonical);
    }

    [Fact]
    public void Properties_sort_by_UTF16_code_units_as_in_section_3_2_3()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var canonical = JsonCanonicalizer.Canonicalize(input);

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
            + "\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void The_UTF8_bytes_of_the_RFC_example_are_those_of_section_3_2_4()
    {
        var bytes = JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes("""{"numbers":[1E30],"string":"\u20ac$"}"""));

        Assert.Equal("7b226e756d62657273223a5b31652b33305d2c22737472696e67223a22e282ac24227d", Convert.ToHexString(bytes).ToLowerInvariant());
    }

    [Theory]
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript spelling.
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Numbers_are_written_as_in_Appendix_B(ulong bits, string expected)
    {
        Assert.Equal(expected, JsonCanonicalizer.FormatNumber(BitConverter.Int64BitsToDouble(unchecked((long)bits))));
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("1E30", "1e+30")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("0.000000000000000000000000001", "1e-27")]
    [InlineData("100", "100")]
    [InlineData("2.0", "2")]
    [InlineData("-1.5e-10", "-1.5e-10")]
    [InlineData("123456789012345678901234", "1.2345678901234569e+23")]
    [InlineData("0.1", "0.1")]
    public void Number_literals_are_respelled(string literal, string expected)
    {
        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(literal));
    }

    [Fact]
    public void Whitespace_goes_and_nested_objects_are_sorted_too()
    {
        var canonical = JsonCanonicalizer.Canonicalize("""  { "b" : [ 1 , { "z": 1, "a": [] } ], "a" : { } }  """);

        Assert.Equal("""{"a":{},"b":[1,{"a":[],"z":1}]}""", canonical);
    }

    [Fact]
    public void Control_characters_use_the_short_escapes_or_lowercase_hex_and_nothing_else_is_escaped()
    {
        var canonical = JsonCanonicalizer.Canonicalize("\"\\u0008\\u0009\\u000a\\u000c\\u000d\\u0001\\u001f\\u007f/<>&'\\u2028åäö\"");

        Assert.Equal("\"\\b\\t\\n\\f\\r\\u0001\\u001f\u007f/<>&'\u2028åäö\"", canonical);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("\"\\ud800\"")]
    [InlineData("{\"\\udc00\": 1}")]
    public void Values_that_are_not_I_JSON_are_rejected(string json)
    {
        Assert.ThrowsAny<Exception>(() => JsonCanonicalizer.Canonicalize(json));
    }

    [Fact]
    public void A_property_name_twice_is_rejected()
    {
        Assert.ThrowsAny<JsonException>(() => JsonCanonicalizer.Canonicalize("""{"a": 1, "a": 2}"""));

        using var lenient = JsonDocument.Parse("""{"a": 1, "a": 2}""");
        Assert.Throws<FormatException>(() => JsonCanonicalizer.Canonicalize(lenient.RootElement));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_and_infinities_have_no_spelling(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonCanonicalizer.FormatNumber(value));
    }

    [Fact]
    public void Canonicalizing_is_idempotent()
    {
        const string input = """{"x":[1.0,2e2,{"b":"\u00e5","a":null}],"w":"\t"}""";

        var once = JsonCanonicalizer.Canonicalize(input);

        Assert.Equal(once, JsonCanonicalizer.Canonicalize(once));
    }
}
