using System;
using System.Linq;
using System.Text.RegularExpressions;
using Medborgarlofte.Schema;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The format schema's patterns, generated at build time, mean exactly what the translation of the
/// written pattern means, and every pattern of the shipped schema has one.
/// </summary>
public sealed class PrecompiledPatternsTests
{
    public static TheoryData<string> Written() => [.. PrecompiledPatterns.ByPattern.Keys];

    [Theory]
    [MemberData(nameof(Written))]
    public void The_generated_expression_is_the_translation_of_the_written_pattern(string written)
    {
        Assert.True(EcmaRegex.TryTranslate(written, out var translated, out _));

        var generated = PrecompiledPatterns.ByPattern[written];

        Assert.Equal(translated, generated.ToString());
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, generated.Options);
        Assert.Equal(EcmaRegex.MatchTimeout, generated.MatchTimeout);
    }

    [Fact]
    public void Every_pattern_of_the_shipped_schema_is_generated()
    {
        var patterns = SchemaJson.AllSchemas()
            .Where(s => s.Schema.TryGetProperty("pattern", out _))
            .Select(s => s.Schema.GetProperty("pattern").GetString()!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        Assert.Equal(patterns, PrecompiledPatterns.ByPattern.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void A_schema_pattern_gets_the_generated_expression(string written)
    {
        Assert.True(EcmaRegex.TryCreate(written, out var regex, out _));

        Assert.False(regex!.IsNonBacktracking);
        Assert.Equal(written, regex.Pattern);
    }

    [Theory]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv", true)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv-FI", true)]
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "sv\n", false)] // $ is the end of input, as in ECMA-262
    [InlineData("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", "SV", false)]
    [InlineData("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2024-01-31", true)]
    [InlineData("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "2024-01-3\u0663", false)] // only ASCII digits
    [InlineData("^[0-9]{6}-[0-9]{4}$", "212000-0142", true)]
    [InlineData("^[0-9]{4}$", "1280", true)]
    [InlineData("^[0-9]{4}$", "12801", false)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "omrade-1", true)]
    [InlineData("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "-omrade", false)]
    [InlineData("^sha256:[0-9a-f]{64}$", "sha256:0000000000000000000000000000000000000000000000000000000000000000", true)]
    [InlineData("^sha256:[0-9a-f]{64}$", "sha256:000000000000000000000000000000000000000000000000000000000000000", false)]
    public void A_generated_expression_matches_as_the_non_backtracking_translation_does(string written, string text, bool expected)
    {
        Assert.True(EcmaRegex.TryTranslate(written, out var translated, out _));
        var reference = new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        Assert.True(EcmaRegex.TryCreate(written, out var regex, out _));

        Assert.Equal(expected, reference.IsMatch(text));
        Assert.Equal(expected ? RegexOutcome.Match : RegexOutcome.NoMatch, regex!.Match(text));
    }
}
