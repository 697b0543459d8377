using System;
using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>A hostile document: nothing in it can become markup, a script, or a link that is not http(s).</summary>
public sealed class HtmlSafetyTests
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"citat\" </p><a href=\"javascript:alert(2)\">";

    private static readonly Agreement Document = CreateHostile();

    [Fact]
    public void Document_text_never_becomes_markup()
    {
        var html = HtmlRenderer.Render(Document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot; &lt;/p&gt;", html, StringComparison.Ordinal);
        Assert.Contains(Hostile, HtmlText.TextContent(html), StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_and_https_addresses_become_links_and_nothing_is_loaded()
    {
        var html = HtmlRenderer.Render(Document);

        Assert.Equal(["https://www.bastad.se/trygghet?a=1&b=\"2\"", "http://example.se/plan.pdf", "https://www.facebook.com/polisen"], HtmlText.Links(html, "href"));
        Assert.Empty(HtmlText.Links(html, "src"));
        Assert.Contains("href=\"https://www.bastad.se/trygghet?a=1&amp;b=&quot;2&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(3)", HtmlText.TextContent(html), StringComparison.Ordinal);
        Assert.Contains("data:text/html,hej", HtmlText.TextContent(html), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_document_text_from_becoming_markup_or_links()
    {
        var markdown = MarkdownRenderer.Render(Document);

        Assert.Contains(@"\<script>alert('x')\</script>\<img src=x onerror=alert(1)> & ""citat"" \</p>\<a href=""javascript:alert(2)"">", markdown, StringComparison.Ordinal);
        Assert.Contains("[Planen](<http://example.se/plan.pdf>)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](<javascript", markdown, StringComparison.Ordinal);
        Assert.Contains("Skadlig länk: javascript:alert(3)", markdown, StringComparison.Ordinal);
    }

    private static Agreement CreateHostile()
    {
        var minimal = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        return minimal with
        {
            Title = new LocalizedText(Hostile),
            Commitments = [minimal.Commitments[0] with { Text = new LocalizedText(Hostile) }],
            Communication = new Communication
            {
                Channels =
                [
                    new CommunicationChannel { Type = "website", Name = new("Kommunens sida"), Url = "https://www.bastad.se/trygghet?a=1&b=\"2\"" },
                    new CommunicationChannel { Type = "website", Name = new("Data"), Url = "data:text/html,hej" },
                ],
            },
            Attachments =
            [
                new Link { Title = new("Planen"), Url = "http://example.se/plan.pdf" },
                new Link { Title = new("Skadlig länk"), Url = "javascript:alert(3)" },
                new Link { Title = new("Polisen på Facebook"), Url = "https://www.facebook.com/polisen" },
            ],
        };
    }
}
