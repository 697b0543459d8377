using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.Schema;
using Medborgarlofte.Tests.Properties;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// Each of the shipped patterns decides the same on UTF-8 bytes as its generated expression does on the decoded text:
/// on hand-picked edges and on strings drawn from the characters the patterns care about.
/// </summary>
public sealed class Utf8PatternsTests
{
    // The characters that matter to some pattern, their neighbours in ASCII, and characters that are not ASCII.
    private const string Alphabet = "0129afgzAFZ-._:sha256@[`{/\n \u00e5\u0663\u00c5\ud83d";

    public static TheoryData<string> Written() => [.. PrecompiledPatterns.ByPattern.Keys];

    [Theory]
    [InlineData("^sha256:[0-9a-f]{64}$", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("^sha256:[0-9a-f]{64}$", "sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    [InlineData("^sha256:[0-9a-f]{64}$", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", false)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv", true)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sma-SE-x1234567", true)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "abcd", false)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv-", false)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv-123456789", false)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv--FI", false)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "c-1.2_a:b", true)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "-c", false)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "", false)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "c\u00e5", false)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "c@", false)]
    [InlineData("^[0-9]{6}-[0-9]{4}$", "212000-0142", true)]
    [InlineData("^[0-9]{6}-[0-9]{4}$", "2120000142", false)]
    [InlineData("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2024-01-31", true)]
    [InlineData("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2024-01-3\u0663", false)]
    [InlineData("^[0-9]{4}$", "2024", true)]
    [InlineData("^[0-9]{4}$", "2024\n", false)]
    public void A_pattern_decides_bytes_as_its_expression_decides_text(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, PrecompiledPatterns.ByPattern[pattern].IsMatch(text));
        Assert.Equal(expected, PrecompiledPatterns.Utf8ByPattern[pattern](Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Every_precompiled_pattern_has_a_byte_matcher() =>
        Assert.Equal(PrecompiledPatterns.ByPattern.Keys.Order(StringComparer.Ordinal), PrecompiledPatterns.Utf8ByPattern.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Written))]
    public void A_pattern_decides_generated_strings_as_its_expression(string pattern)
    {
        var regex = PrecompiledPatterns.ByPattern[pattern];
        var matcher = PrecompiledPatterns.Utf8ByPattern[pattern];
        var matched = 0;
        PropertyRun.Check(
            Strings(),
            text =>
            {
                var expected = regex.IsMatch(text);
                matched += expected ? 1 : 0;
                Assert.True(expected == matcher(Encoding.UTF8.GetBytes(text)), $"\"{text}\": the expression says {expected}");
            },
            3000,
            salt: 61);

        Assert.True(matched > 0, "no generated string matched; the generator misses the pattern's shape");
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void No_byte_matcher_accepts_a_backslash(string pattern)
    {
        // EcmaRegex.MatchRaw and MatchEscaped rely on it: a match on raw bytes proves there was no escape to decode.
        var matcher = PrecompiledPatterns.Utf8ByPattern[pattern];
        foreach (var text in new[] { "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "sv-SE", "c-1", "212000-0142", "2024-01-31", "2024" })
        {
            for (var i = 0; i <= text.Length; i++)
            {
                Assert.False(matcher(Encoding.UTF8.GetBytes(text.Insert(i, "\\"))));
                if (i < text.Length)
                {
                    Assert.False(matcher(Encoding.UTF8.GetBytes(text.Remove(i, 1).Insert(i, "\\"))));
                }
            }
        }
    }

    [Fact]
    public void Escaped_text_is_decoded_before_matching()
    {
        Assert.True(EcmaRegex.TryCreate("^[0-9]{4}$", out var regex, out _));

        // The bytes alone cannot decide escaped text: the UTF-8 matcher refuses it, and MatchEscaped decodes it.
        Assert.False(PrecompiledPatterns.Utf8ByPattern["^[0-9]{4}$"]("\\u0032024"u8));
        Assert.Equal(RegexOutcome.Match, regex!.MatchEscaped("\\u0032024"u8));
        Assert.Equal(RegexOutcome.Match, regex.MatchRaw("\\u0032024"u8));
        Assert.Equal(RegexOutcome.NoMatch, regex.MatchRaw("\\u00332024"u8));
        Assert.Equal(RegexOutcome.Match, regex.MatchRaw("2024"u8));

        // A refused text without an escape is a miss; nothing is decoded.
        Assert.Equal(RegexOutcome.NoMatch, regex.MatchEscaped("20245"u8));
    }

    // A string each pattern matches, changed at up to three places (a character replaced, inserted or removed),
    // or a string of random characters: matches, near misses and far misses.
    private static Gen<string> Strings()
    {
        var character = Gen.Elements(Alphabet.ToCharArray());
        var template = Gen.Elements(
            "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "sv", "sma-SE-x1234567", "c-1.2_a:b", "212000-0142", "2024-01-31", "2024");
        var edit = Gen.Choose(0, 2).SelectMany(kind => Gen.Choose(0, 1000).SelectMany(at => character.Select(c => (Kind: kind, At: at, Char: c))));
        var edited = template.SelectMany(text => Gen.Choose(0, 3).SelectMany(n => edit.ListOf(n)).Select(edits =>
        {
            var builder = new StringBuilder(text);
            foreach (var (kind, at, c) in edits)
            {
                var position = builder.Length == 0 ? 0 : at % builder.Length;
                switch (kind)
                {
                    case 0 when builder.Length > 0:
                        builder[position] = c;
                        break;
                    case 1:
                        builder.Insert(position, c);
                        break;
                    default:
                        if (builder.Length > 0)
                        {
                            builder.Remove(position, 1);
                        }

                        break;
                }
            }

            return builder.ToString();
        }));
        var random = Gen.Choose(0, 20).SelectMany(n => character.ListOf(n)).Select(chars => new string([.. chars]));

        // A lone surrogate cannot be UTF-8 encoded without loss; those are not strings JSON text can carry.
        return Gen.Frequency((3, edited), (1, random)).Where(text => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text);
    }
}
