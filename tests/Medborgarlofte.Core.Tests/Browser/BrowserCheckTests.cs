using System.Linq;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Browser;

/// <summary>
/// Every example as a reader sees it: headless Chromium at 390 px (a phone), at 1200 px (a desktop) and in
/// print (an A4 sheet). The signatures use the width of the page, no word of a signature wraps inside itself,
/// and axe-core finds no WCAG 2.1 AA violation.
/// </summary>
public sealed class BrowserCheckTests(ITestOutputHelper output)
{
    /// <summary>The least share of the content width the signature block takes where it has room for two columns.</summary>
    private const double SignatureShare = 0.8;

    [Theory]
    [MemberData(nameof(BrowserCheck.Pages), MemberType = typeof(BrowserCheck))]
    public void The_signature_block_spans_the_content_in_every_view(string page)
    {
        var report = BrowserCheck.Report(page);

        Assert.Equal(["390", "1200", "print"], report.Views.Select(v => v.View));
        foreach (var view in report.Views.Where(v => v.SignatureBlockWidth is not null))
        {
            output.WriteLine($"{page} {view.View}: signatures {view.SignatureBlockWidth:0} of {view.ContentWidth:0} px ({view.SignatureBlockWidth / view.ContentWidth:P0}), {view.SignatureCount} signatures");
            Assert.True(
                view.SignatureBlockWidth >= SignatureShare * view.ContentWidth,
                $"{page} at {view.View}: the signature block is {view.SignatureBlockWidth:0} px wide, less than {SignatureShare:P0} of the content's {view.ContentWidth:0} px.");
        }
    }

    [Theory]
    [MemberData(nameof(BrowserCheck.Pages), MemberType = typeof(BrowserCheck))]
    public void No_word_of_a_signature_wraps_inside_itself(string page)
    {
        var report = BrowserCheck.Report(page);

        Assert.All(report.Views, view => Assert.True(
            view.BrokenWords.Count == 0,
            $"{page} at {view.View}: {string.Join(", ", view.BrokenWords)} wrap inside the word."));
    }

    [Theory]
    [MemberData(nameof(BrowserCheck.Pages), MemberType = typeof(BrowserCheck))]
    public void Axe_finds_no_WCAG_2_1_AA_violation(string page)
    {
        var report = BrowserCheck.Report(page);

        Assert.True(
            report.Violations.Count == 0,
            page + ": " + string.Join("; ", report.Violations.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes} elements, first {v.Target}): {v.Help}")));
    }

    [Fact]
    public void Every_example_with_signatures_is_measured_in_every_view()
    {
        var withSignatures = BrowserCheck.All().Where(r => r.Views.Any(v => v.SignatureCount > 0)).ToList();

        Assert.NotEmpty(withSignatures);
        Assert.All(withSignatures, r => Assert.All(r.Views, v => Assert.True(v.SignatureCount > 0, r.File + " " + v.View)));
        output.WriteLine($"{BrowserCheck.All().Count} pages checked, {withSignatures.Count} with signatures.");
    }
}
