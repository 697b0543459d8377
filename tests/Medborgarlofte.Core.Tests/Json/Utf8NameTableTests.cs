using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>Names found by their UTF-8 bytes, written plainly or with escapes, in small and large tables, and a hash that spreads them.</summary>
public sealed class Utf8NameTableTests
{
    private static readonly string[] Few = ["id", "sv", "en"];
    private static readonly string[] Many = [.. Enumerable.Range(0, 40).Select(i => $"name{i}"), "a\\b", "åäö", "", "x"];

    public static TheoryData<string[]> Tables() => [Few, Many];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_name_is_found_at_its_index_and_others_are_not(string[] names)
    {
        var table = new Utf8NameTable(names);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(Encoding.UTF8.GetBytes(names[i])));
            Assert.Equal(names[i], table.Names[i]);
            Assert.True(table.Utf8(i).SequenceEqual(Encoding.UTF8.GetBytes(names[i])));
        }

        Assert.Equal(-1, table.IndexOf("nope"u8));
        Assert.Equal(-1, table.IndexOf("I"u8));
        Assert.Equal(-1, table.IndexOf("name400"u8));
    }

    [Theory]
    [InlineData("{\"\\u0069d\": 1}", 0)] // "id" with an escape
    [InlineData("{\"s\\u0076\": 1}", 1)]
    [InlineData("{\"\\u00e5\": 1}", -1)]
    [InlineData("{\"id\": 1}", 0)]
    [InlineData("{\"i\\\\d\": 1}", -1)] // i\d is not id
    public void A_property_is_found_whether_or_not_its_name_is_escaped(string json, int expected)
    {
        using var document = JsonDocument.Parse(json);
        var property = document.RootElement.EnumerateObject().Single();

        Assert.Equal(expected, new Utf8NameTable(Few).IndexOf(property));
        Assert.Equal(expected, new Utf8NameTable(Few).IndexOf(property, hint: 1));
        Assert.Equal(expected, new Utf8NameTable(Few).IndexOf(property, hint: 99));
    }

    [Theory]
    [InlineData("{\"a\\\\b\": 1}", 40)] // a key with a backslash, written escaped as JSON must
    [InlineData("{\"\\u00e5\\u00e4\\u00f6\": 1}", 41)]
    [InlineData("{\"name\\u0031\\u0037\": 1}", 17)]
    [InlineData("{\"name17\": 1}", 17)]
    public void A_large_table_finds_escaped_names_too(string json, int expected)
    {
        using var document = JsonDocument.Parse(json);
        var property = document.RootElement.EnumerateObject().Single();
        var table = new Utf8NameTable(Many);

        Assert.Equal(expected, table.IndexOf(property));
        Assert.Equal(expected, table.IndexOf(property, expected));
        Assert.Equal(expected, table.IndexOf(property, 0));
    }

    [Fact]
    public void A_long_escaped_name_is_unescaped_beyond_the_stack_buffer()
    {
        var name = new string('n', JsonText.StackLimit + 10);
        var escaped = "\\u006e" + name[1..];
        using var document = JsonDocument.Parse($"{{\"{escaped}\": 1}}");
        var property = document.RootElement.EnumerateObject().Single();

        Assert.Equal(1, new Utf8NameTable(["short", name]).IndexOf(property));
        Assert.Equal(-1, new Utf8NameTable(["short", name + "x"]).IndexOf(property));
    }

    [Fact]
    public void A_name_given_twice_keeps_its_first_index()
    {
        var table = new Utf8NameTable([.. Many, "name0", "name5"]);

        Assert.Equal(0, table.IndexOf("name0"u8));
        Assert.Equal(5, table.IndexOf("name5"u8));
    }

    [Fact]
    public void The_hash_spreads_the_format_property_names()
    {
        // A poor hash slows every lookup without changing a result: held to a bound for the names the
        // readers and the schema look up most.
        var table = new Utf8NameTable(PropertyNames.All);

        var (longest, mean) = table.ProbeLengths();

        Assert.True(longest <= 6, $"longest probe {longest}, mean {mean}");
        Assert.True(mean <= 1.5, $"mean probe {mean}");
    }

    [Fact]
    public void The_hash_spreads_names_that_differ_in_one_place()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"commitment-{i:D3}-text").Concat(Enumerable.Range(0, 50).Select(i => $"k{i}")).ToArray();

        var (longest, mean) = new Utf8NameTable(names).ProbeLengths();

        Assert.True(longest <= 12, $"longest probe {longest}");
        Assert.True(mean <= 2.0, $"mean probe {mean}");
    }
}
