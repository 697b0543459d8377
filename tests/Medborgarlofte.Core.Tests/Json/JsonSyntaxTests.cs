using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// <see cref="JsonSyntax"/> gives <see cref="Utf8JsonReader"/>'s verdict (well-formed or not) on every input the
/// library hands it, without throwing: on JSONTestSuite, at the depth limit, and on thousands of damaged copies
/// of the examples. Where it finds an error, it names the place a person can find it at.
/// </summary>
public sealed class JsonSyntaxTests
{
    public static TheoryData<string> SuiteCases() => JsonTestSuite.NamesAsTheoryData();

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Every_JSONTestSuite_case_gets_the_reader_s_verdict(string name)
    {
        var bytes = JsonTestSuite.Case(name).Bytes;

        // The library checks UTF-8 and strips a byte order mark before the grammar; the rest is the grammar's.
        if (!System.Text.Unicode.Utf8.IsValid(bytes) || bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return;
        }

        Assert.Equal(ReaderAccepts(bytes, 64), !JsonSyntax.TryFindError(bytes, 64, out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(64)]
    public void Depth_is_limited_exactly_as_the_reader_limits_it(int maxDepth)
    {
        foreach (var depth in new[] { maxDepth - 1, maxDepth, maxDepth + 1 }.Where(d => d >= 1))
        {
            foreach (var json in new[] { Nested(depth, '[', ']'), Nested(depth, '{', '}'), Mixed(depth) })
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                var found = JsonSyntax.TryFindError(bytes, maxDepth, out var error);

                Assert.Equal(ReaderAccepts(bytes, maxDepth), !found);
                Assert.Equal(depth > maxDepth, found);
                if (found)
                {
                    Assert.Equal(JsonSyntaxErrorKind.TooDeep, error.Kind);
                }
            }
        }
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Repository.Examples, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Damaged_copies_of_an_example_get_the_reader_s_verdict(string example)
    {
        var original = File.ReadAllBytes(Path.Combine(Repository.Examples, example));
        var random = new Random(example.Length * 7919);
        var refused = 0;
        for (var n = 0; n < 600; n++)
        {
            var damaged = DamagedCopies.Damage(original, random);
            if (!System.Text.Unicode.Utf8.IsValid(damaged))
            {
                continue;
            }

            var found = JsonSyntax.TryFindError(damaged, 64, out var error);
            Assert.True(ReaderAccepts(damaged, 64) == !found, $"verdicts differ on copy {n}: {Encoding.UTF8.GetString(damaged)}");
            if (found)
            {
                refused++;
                Assert.InRange(error.Offset, 0, damaged.Length);
            }
        }

        // The damage is meant to break most copies; a generator that breaks none would prove nothing.
        Assert.True(refused > 200, $"only {refused} of 600 copies were malformed");
    }

    [Theory]
    [InlineData("", nameof(JsonSyntaxErrorKind.UnexpectedEnd), 1, 1)]
    [InlineData("  \n ", nameof(JsonSyntaxErrorKind.UnexpectedEnd), 2, 2)]
    [InlineData("{\"a\" 1}", nameof(JsonSyntaxErrorKind.ExpectedColon), 1, 6)]
    [InlineData("{\n  \"a\": 1,\n  b: 2\n}", nameof(JsonSyntaxErrorKind.ExpectedPropertyName), 3, 3)]
    [InlineData("[1,]", nameof(JsonSyntaxErrorKind.InvalidValueStart), 1, 4)]
    [InlineData("[1 2]", nameof(JsonSyntaxErrorKind.ExpectedCommaOrEnd), 1, 4)]
    [InlineData("{\"a\":1}}", nameof(JsonSyntaxErrorKind.TrailingContent), 1, 8)]
    [InlineData("[\"a\tb\"]", nameof(JsonSyntaxErrorKind.ControlCharacterInString), 1, 4)]
    [InlineData("[\"\\x\"]", nameof(JsonSyntaxErrorKind.InvalidEscape), 1, 4)]
    [InlineData("[\"\\u12g4\"]", nameof(JsonSyntaxErrorKind.InvalidEscape), 1, 7)]
    [InlineData("[-]", nameof(JsonSyntaxErrorKind.InvalidNumber), 1, 3)]
    [InlineData("[1.e3]", nameof(JsonSyntaxErrorKind.InvalidNumber), 1, 4)]
    [InlineData("[tru]", nameof(JsonSyntaxErrorKind.InvalidLiteral), 1, 5)]
    [InlineData("[nul", nameof(JsonSyntaxErrorKind.UnexpectedEnd), 1, 5)]
    [InlineData("{\"a\": \"open", nameof(JsonSyntaxErrorKind.UnexpectedEnd), 1, 12)]
    public void An_error_is_placed_where_a_person_finds_it(string json, string kind, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(JsonSyntax.TryFindError(bytes, 64, out var error));
        Assert.Equal((kind, line, column), (error.Kind.ToString(), error.Line, error.Column));
        Assert.False(ReaderAccepts(bytes, 64));
    }

    [Theory]
    [InlineData("{\"a\" 1}", "ett kolon väntades efter egenskapsnamnet, inte '1'", "a colon was expected after the property name, not '1'")]
    [InlineData("[\"a\u0001\"]", "styrtecknet U+0001 står oskyddat", "the control character U+0001 stands unescaped")]
    [InlineData("[1] ö", "'ö' står efter dokumentets värde", "'ö' follows the document's value")]
    public void The_reason_names_the_character_found_Swedish_first(string json, string swedish, string english)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.True(JsonSyntax.TryFindError(bytes, 64, out var error));

        var reason = error.Reason(bytes);

        Assert.StartsWith(swedish, reason.Swedish, StringComparison.Ordinal);
        Assert.StartsWith(english, reason.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[/* [[[ */ 1]", 1, false)]
    [InlineData("// [[\n[[1]]", 2, false)]
    [InlineData("// [[\n[[1]]", 1, true)]
    [InlineData("[\"[[\\\"[[\", {\"a\": []}]", 3, false)]
    [InlineData("[\"[[\\\"[[\", {\"a\": []}]", 2, true)]
    public void Depth_of_parsed_text_skips_strings_and_comments(string json, int maxDepth, bool exceeds)
    {
        Assert.Equal(exceeds, JsonSyntax.ExceedsDepth(Encoding.UTF8.GetBytes(json), maxDepth));
    }

    private static string Nested(int depth, char open, char close) =>
        open == '{'
            ? string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{}" + new string('}', depth - 1)
            : new string(open, depth) + new string(close, depth);

    private static string Mixed(int depth)
    {
        var text = "1";
        for (var d = 0; d < depth; d++)
        {
            text = d % 2 == 0 ? $"[0,{text}]" : $"{{\"k\":{text}}}";
        }

        return text;
    }

    private static bool ReaderAccepts(byte[] bytes, int maxDepth)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
