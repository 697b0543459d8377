using System;
using System.Linq;
using System.Text.RegularExpressions;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Medborgarlofte.Tests.Torture;

/// <summary>
/// Regexes finish within a bound on catastrophic input: every regex in the library (none: its formats are hand-written checks), every
/// <c>pattern</c> of the shipped schema as .NET would run it, and the helper itself, which must tell a
/// catastrophic pattern from a safe one.
/// </summary>
public sealed class RegexSafetyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static TheoryData<string> SchemaPatterns() => [.. Patterns()];

    [Fact]
    public void Every_regex_in_the_library_finishes_within_the_bound()
    {
        var regexes = RegexSafety.InLibrary(typeof(AgreementJson).Assembly).ToList();

        foreach (var (name, regex) in regexes)
        {
            RegexSafety.AssertFinishesWithinBound(regex, name);
        }

        // The reader checks the schema's patterns by hand, in time linear in the value; a regex added later is found
        // and checked here without changes.
        Assert.True(regexes.All(r => r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout || r.Regex.Options.HasFlag(RegexOptions.NonBacktracking)), "A library regex needs a match timeout or RegexOptions.NonBacktracking.");
    }

    [Theory]
    [MemberData(nameof(SchemaPatterns))]
    public void A_schema_pattern_finishes_within_the_bound(string pattern)
    {
        RegexSafety.AssertFinishesWithinBound(new Regex(pattern, RegexOptions.CultureInvariant, Timeout), "schema pattern");
        RegexSafety.AssertFinishesWithinBound(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), "schema pattern (non-backtracking)");
    }

    [Fact]
    public void The_schema_has_patterns_to_check()
    {
        Assert.Contains("^[A-Za-z0-9][A-Za-z0-9._:-]*$", Patterns());
        Assert.True(Patterns().Length >= 5);
    }

    [Fact]
    public void Dotnet_defuses_the_textbook_nested_quantifier_itself()
    {
        // .NET makes the inner loop of (a+)+ atomic, so even backtracking it is linear; the helper agrees.
        RegexSafety.AssertFinishesWithinBound(new Regex("^(a+)+$", RegexOptions.ExplicitCapture, Timeout), "(a+)+ backtracking");
    }

    [Theory]
    [InlineData("^(a|aa)+$")]
    [InlineData("^(a|a?)+$")]
    [InlineData("^(\\w+\\s?)*$")]
    public void The_helper_catches_a_catastrophic_pattern_under_backtracking(string pattern)
    {
        var catastrophic = new Regex(pattern, RegexOptions.ExplicitCapture, Timeout);

        var failure = Assert.Throws<XunitException>(() => RegexSafety.AssertFinishesWithinBound(catastrophic, pattern));

        Assert.Contains("catastrophic", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^(a+)+$")]
    [InlineData("^(a|aa)+$")]
    [InlineData("^(a|a?)+$")]
    [InlineData("^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$")]
    [InlineData("^(\\w+\\s?)*$")]
    public void The_same_catastrophic_patterns_finish_within_the_bound_without_backtracking(string pattern)
    {
        RegexSafety.AssertFinishesWithinBound(new Regex(pattern, RegexOptions.NonBacktracking), pattern);
    }

    private static string[] Patterns() =>
        [.. SchemaJson.AllSchemas().Where(s => s.Schema.TryGetProperty("pattern", out _)).Select(s => s.Schema.GetProperty("pattern").GetString()!).Distinct(StringComparer.Ordinal)];
}
