using System.Text;
using Medborgarlofte.Json;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// When the measuring pass may be skipped: only for an input that cannot break a limit and has no escape
/// that could leave a surrogate alone. A wrong "cannot exceed" would let a limit or a lone surrogate through.
/// </summary>
public sealed class LimitScannerTests
{
    [Theory]
    [InlineData("{\"a\": \"b\"}", true)]
    [InlineData("{\"a\": \"\\u00e5\"}", true)] // an escape, but not a surrogate
    [InlineData("{\"a\": \"\\u00E5\\n\"}", true)]
    [InlineData("{\"a\": \"\\ud800\"}", false)] // a surrogate half: only the scan can pair it
    [InlineData("{\"a\": \"\\uD83D\\uDE00\"}", false)]
    [InlineData("{\"a\": \"\\udfff\"}", false)]
    [InlineData("{\"a\": \"\\uDBFF\"}", false)]
    [InlineData("{\"a\": \"\\ud7ff\"}", true)] // just below the surrogates
    [InlineData("{\"a\": \"\\ue000\"}", true)] // just above
    [InlineData("{\"a\": \"\\\\ud800\"}", false)] // an escaped backslash before "ud800": a false alarm, scanned
    [InlineData("{\"a\": \"\\u", false)] // cut short after the escape
    [InlineData("{\"a\": \"\\ud", false)]
    public void An_input_is_scanned_when_it_may_hold_a_lone_surrogate(string json, bool cannotExceed) =>
        Assert.Equal(cannotExceed, JsonLimitScanner.CannotExceed(Encoding.UTF8.GetBytes(json), JsonLimits.Default));

    [Theory]
    [InlineData(10, 100, true)] // "[1,2,3,4]" is 9 bytes
    [InlineData(8, 100, false)] // a string could be as long as the input
    [InlineData(100, 4, true)] // at most 4 items in 9 bytes
    [InlineData(100, 3, false)]
    public void An_input_is_scanned_when_it_is_long_enough_to_break_a_limit(int maxString, int maxArray, bool cannotExceed)
    {
        var limits = new JsonLimits { MaxStringLength = maxString, MaxArrayLength = maxArray };

        Assert.Equal(cannotExceed, JsonLimitScanner.CannotExceed("[1,2,3,4]"u8, limits));
    }

    [Fact]
    public void A_small_input_with_a_lone_surrogate_is_still_reported()
    {
        var result = AgreementJson.Read("{\"id\": \"\\ud800\"}");

        Assert.Contains(result.Diagnostics, d => d.Code == "ML0004" && d.Pointer == "/id");
    }

    [Fact]
    public void A_small_input_over_a_small_limit_is_still_reported()
    {
        var result = AgreementJson.Read("{\"id\": \"abcdef\"}", new JsonLimits { MaxStringLength = 5 });

        Assert.Contains(result.Diagnostics, d => d.Code == "ML0006" && d.Pointer == "/id");
    }
}
