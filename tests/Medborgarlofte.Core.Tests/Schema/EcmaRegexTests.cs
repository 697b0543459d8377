using Medborgarlofte.Schema;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>ECMA-262 (u flag) semantics where .NET differs, as documented on <see cref="EcmaRegex"/>.</summary>
public sealed class EcmaRegexTests
{
    [Theory]
    [InlineData("^abc$", "abc", true)]
    [InlineData("^abc$", "abc\n", false)] // .NET's $ would match before the final newline
    [InlineData("^.$", "\r", false)]
    [InlineData("^.$", "\u2028", false)]
    [InlineData("^.$", "\uD83D\uDE00", true)] // one code point
    [InlineData("^..$", "\uD83D\uDE00", false)]
    [InlineData("^[^a]$", "\uD83D\uDE00", true)]
    [InlineData("^\\S$", "\uD83D\uDE00", true)]
    [InlineData("^\\d$", "\u0663", false)] // ARABIC-INDIC DIGIT THREE
    [InlineData("^\\D$", "\u0663", true)]
    [InlineData("^[\\d]$", "\u0663", false)]
    [InlineData("^[\\D]$", "5", false)]
    [InlineData("^\\w$", "\u00e9", false)]
    [InlineData("^[\\W]$", "\u00e9", true)]
    [InlineData("^\\s$", "\uFEFF", true)]
    [InlineData("^\\s$", "\u0085", false)] // NEL is whitespace in .NET, not in ECMA-262
    [InlineData("^[\\S]$", "\u0085", true)]
    [InlineData("^\\cJ$", "\n", true)]
    [InlineData("^\\u{1F600}+$", "\uD83D\uDE00\uD83D\uDE00", true)]
    [InlineData("^\\uD83D\\uDE00{2}$", "\uD83D\uDE00\uD83D\uDE00", true)]
    [InlineData("^\uD83D\uDE00{2}$", "\uD83D\uDE00\uD83D\uDE00", true)]
    [InlineData("^[]", "a", false)]
    [InlineData("^[^]$", "\n", true)]
    [InlineData("^\\p{Letter}+$", "\u00e9t\u00e9", true)]
    [InlineData("^\\p{digit}$", "\u0663", true)]
    [InlineData("^\\p{gc=Lu}$", "\u00c9", true)]
    [InlineData("^\\p{LC}$", "\u01C5", true)] // titlecase letter
    [InlineData("^[a-z-[]+$", "a-[", true)] // no .NET class subtraction
    [InlineData("^(?<y>[0-9]{4})-\\k<y>$", "2024-2024", true)]
    [InlineData("(?<=a+)b", "aab", true)]
    public void Translated_patterns_match_as_in_ECMA_262(string pattern, string text, bool expected)
    {
        Assert.True(EcmaRegex.TryCreate(pattern, out var regex, out var error), error.ToString());

        Assert.Equal(expected ? RegexOutcome.Match : RegexOutcome.NoMatch, regex!.Match(text));
    }

    [Theory]
    [InlineData("(?i)abc")]
    [InlineData("(?#comment)a")]
    [InlineData("(?P<name>x)")]
    [InlineData("(?>a)")]
    [InlineData("\\a")]
    [InlineData("\\Z")]
    [InlineData("a\\")]
    [InlineData("[abc")]
    [InlineData("\\p{Script=Greek}")]
    [InlineData("[\\u{1F600}]")]
    public void Syntax_that_is_not_ECMA_262_or_not_supported_is_refused(string pattern)
    {
        Assert.False(EcmaRegex.TryCreate(pattern, out _, out var error));
        Assert.Contains(pattern.Length > 2 ? pattern[..2] : pattern, error.Swedish + error.English, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Linear_time_engine_is_used_unless_the_pattern_needs_backtracking()
    {
        Assert.True(EcmaRegex.TryCreate("^(a+)+$", out var linear, out _));
        Assert.True(EcmaRegex.TryCreate("^(?=a)(a+)+$", out var backtracking, out _));

        Assert.True(linear!.IsNonBacktracking);
        Assert.False(backtracking!.IsNonBacktracking);
    }
}
