using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>
/// Every payload class of the hostile-input campaign (script, event handlers, raw HTML blocks, links and
/// images to elsewhere, backtick runs, entities, bidirectional controls, block syntax, attribute breaking) in
/// every string of an agreement and its follow-up that the reader accepts it in (texts, ids, URLs) and in
/// extension keys; every HTML, Markdown and SVG output is parsed with a real parser (AngleSharp, Markdig) and
/// the tree, not the string, is inspected: nothing active survives.
/// </summary>
public sealed class ActiveContentTests
{
    private const string ChartPath = "framsteg.svg";

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "x\n\n<img src=x onerror=alert(1)>\n\n",
        "x\r\r<iframe src=javascript:alert(1)></iframe>\r\r",
        "[klick](javascript:alert(1)) [b](data:text/html,alert)",
        "![bild](https://evil.example/x.png)",
        "<javascript:alert(1)> <https://evil.example/a> <b onclick=alert(1)>b</b>",
        "``a`` ` <b onclick=alert(1)>b</b> ```",
        "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
        "\u202Ekcilc\u202C \u2066x\u2069 \u2067y \u202Bz \u202Dw \u202Av \u2068u",
        "javascript:alert(1)",
        "    <script>alert(1)</script>\n# rubrik\n> citat\n- lista\n| a | b |\n|---|---|\n<div onmouseover=alert(1)>",
        "\" onmouseover=\"alert(1)\" x=\"",
        "'><svg onload=alert(1)>",
        "[a]: javascript:alert(1)\n\n[a]",
    ];

    private static readonly string[] ActiveHtml = ["script", "iframe", "object", "embed", "img", "svg", "math", "form", "base", "link", "frame", "applet"];

    private static readonly string[] ActiveFromMarkdown = ["script", "iframe", "object", "embed", "svg", "form", "base"];

    private static readonly string[] ActiveSvg = ["script", "foreignObject", "foreignobject", "a", "image", "iframe", "use"];

    private static readonly System.Buffers.SearchValues<char> Bidi = System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static TheoryData<int> PayloadIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Payloads.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PayloadIndexes))]
    public void No_output_carries_active_content(int payloadIndex)
    {
        var payload = Payloads[payloadIndex];
        var (original, originalFollowUp) = Originals();
        var (agreement, followUp, slots) = Hostile(payload);
        Assert.True(slots >= 40, $"only {slots} strings took the payload");
        Assert.Contains(payload, agreement.Extensions.Properties.Select(p => p.Key));

        foreach (var options in new[] { RenderOptions.Swedish, RenderOptions.English })
        {
            AssertSafeHtml(HtmlRenderer.Render(agreement, options), isolatesBidi: true);
            AssertSafeMarkdown(MarkdownRenderer.Render(agreement, options));
        }

        AssertSafeMarkdown(DiffMarkdownRenderer.Render(AgreementComparer.Compare(original, agreement)));
        AssertSafeMarkdown(DiffMarkdownRenderer.Render(AgreementComparer.Compare(agreement, original)));

        var evaluation = FollowUpEvaluator.Evaluate(agreement, followUp, followUp.AsOf);
        AssertSafeMarkdown(FollowUpMarkdownRenderer.Render(evaluation, ChartPath));
        AssertSafeSvg(ProgressChart.Render(evaluation));
        Assert.NotNull(originalFollowUp);
    }

    [Fact]
    public void A_new_extension_key_cannot_end_the_pointers_code_span()
    {
        // The reproducer: a new extensions key ending the diff's code span and emitting raw HTML.
        var (original, _) = Originals();
        var key = "x\n\n<img src=x onerror=alert(1)>\n\n";
        var hostile = original with { Extensions = Extensions((key, "v")), Id = "id``<b>x</b>``" };

        var markdown = DiffMarkdownRenderer.Render(AgreementComparer.Compare(original, hostile));

        AssertSafeMarkdown(markdown);
        var codes = Markdown.Parse(markdown, Pipeline).Descendants<CodeInline>().Select(c => c.Content).ToList();
        Assert.Contains("id``<b>x</b>``", codes);
        var shown = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown, Pipeline)).Body!.TextContent;
        Assert.Contains("<img src=x onerror=alert(1)>", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_title_gives_neither_a_script_link_nor_a_remote_image()
    {
        var (original, followUp) = Originals();
        var hostile = original with { Title = new("[x](javascript:alert(1)) ![y](https://evil.example/y.png)", "t") };

        var markdown = FollowUpMarkdownRenderer.Render(FollowUpEvaluator.Evaluate(hostile, followUp, followUp.AsOf), "https://evil.example/chart.svg");

        AssertSafeMarkdown(markdown);
        Assert.DoesNotContain(Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>(), l => l.IsImage || !(l.Url ?? string.Empty).StartsWith("https:", StringComparison.Ordinal));
        Assert.StartsWith("# Uppföljning: \\[x\\](javascript:alert(1)) !\\[y\\](https://evil.example/y.png)\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bidirectional_controls_are_isolated_in_html_and_shown_in_markdown()
    {
        var (original, _) = Originals();
        var hostile = original with { Introduction = new("Vi lovar \u202Etrygghet i centrum.") };

        var html = HtmlRenderer.Render(hostile);
        var markdown = MarkdownRenderer.Render(hostile);

        Assert.Contains("<bdi>Vi lovar \u202Etrygghet i centrum.</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("Vi lovar \u27E8U+202E\u27E9trygghet i centrum.", markdown, StringComparison.Ordinal);
        AssertSafeHtml(html, isolatesBidi: true);
        AssertSafeMarkdown(markdown);
    }

    private static ExtensionData Extensions(params (string Key, string Value)[] properties)
    {
        var json = new JsonObject();
        foreach (var (key, value) in properties)
        {
            json[key] = value;
        }

        using var document = System.Text.Json.JsonDocument.Parse(json.ToJsonString());
        return ExtensionData.FromJsonObject(document.RootElement);
    }

    private static (Agreement Agreement, FollowUpDocument FollowUp) Originals()
    {
        var agreement = AgreementJson.Read(File.ReadAllBytes(Path.Combine(Repository.Examples, "bastad-2024.json"))).Value!;
        var followUp = FollowUpJson.Read(File.ReadAllBytes(Path.Combine(Repository.Examples, "follow-up", "bastad-2024-uppfoljning-2024.json"))).Value!;
        return (agreement, followUp);
    }

    /// <summary>
    /// The example and its follow-up with the payload in every string that can take it (the same value
    /// replaced alike everywhere, so references still hold; an id gets a number in front to stay unique)
    /// and as an extension key of the agreement and of a commitment. Returns how many strings took it.
    /// </summary>
    private static (Agreement Agreement, FollowUpDocument FollowUp, int Slots) Hostile(string payload)
    {
        var agreementJson = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Repository.Examples, "bastad-2024.json")))!;
        var followUpJson = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Repository.Examples, "follow-up", "bastad-2024-uppfoljning-2024.json")))!;
        agreementJson["extensions"] = new JsonObject { [payload] = payload };
        agreementJson["commitments"]![0]!["extensions"] = new JsonObject { [payload] = payload };

        var values = Strings(agreementJson).Concat(Strings(followUpJson)).Select(v => v.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
        var slots = 0;
        for (var k = 0; k < values.Count; k++)
        {
            foreach (var candidate in new[] { payload, k.ToString(System.Globalization.CultureInfo.InvariantCulture) + payload })
            {
                var changed = Replace(agreementJson, values[k], candidate) + Replace(followUpJson, values[k], candidate);
                if (Reads(agreementJson, followUpJson))
                {
                    slots += changed;
                    values[k] = candidate;
                    break;
                }

                Replace(agreementJson, candidate, values[k]);
                Replace(followUpJson, candidate, values[k]);
            }
        }

        var agreement = AgreementJson.Read(Encoding.UTF8.GetBytes(agreementJson.ToJsonString())).Value!;
        var followUp = FollowUpValidator.Validate(Encoding.UTF8.GetBytes(followUpJson.ToJsonString()), agreement).FollowUp!;
        return (agreement, followUp, slots);
    }

    private static bool Reads(JsonNode agreementJson, JsonNode followUpJson)
    {
        var agreement = AgreementJson.Read(Encoding.UTF8.GetBytes(agreementJson.ToJsonString()));
        return agreement.Success && FollowUpValidator.Validate(Encoding.UTF8.GetBytes(followUpJson.ToJsonString()), agreement.Value).IsValid;
    }

    private static List<JsonValue> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Strings(p.Value)).ToList(),
        JsonArray a => a.SelectMany(v => v is null ? [] : (IEnumerable<JsonValue>)Strings(v)).ToList(),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v],
        _ => [],
    };

    /// <summary>Replaces every string equal to <paramref name="from"/> (not the format's own keys); returns how many.</summary>
    private static int Replace(JsonNode root, string from, string to)
    {
        var count = 0;
        foreach (var value in Strings(root).Where(v => v.GetValue<string>() == from).ToList())
        {
            var parent = value.Parent!;
            if (parent is JsonObject o)
            {
                o[value.GetPropertyName()] = to;
            }
            else
            {
                ((JsonArray)parent)[value.GetElementIndex()] = to;
            }

            count++;
        }

        return count;
    }

    private static void AssertSafeHtml(string html, bool isolatesBidi)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.LocalName, ActiveHtml);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    AssertLinkTarget(attribute.Value, element.LocalName);
                }
            }
        }

        Assert.Equal(1, document.QuerySelectorAll("style").Length);
        Assert.False(HasBidi(document.Title), "the title holds a bidirectional control");
        foreach (var text in document.Body!.Descendants<IText>())
        {
            if (HasBidi(text.Data))
            {
                Assert.True(isolatesBidi && text.Ancestors<IElement>().Any(e => e.LocalName == "bdi" || e.GetAttribute("dir") == "auto"), $"bidirectional control outside <bdi>: {text.Data}");
            }
        }
    }

    private static void AssertSafeMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var node in document.Descendants())
        {
            Assert.False(node is HtmlBlock, $"raw HTML block at line {node.Line + 1}: {markdown.Split('\n')[node.Line]}");
            Assert.False(node is HtmlInline, $"raw HTML at line {node.Line + 1}: {(node as HtmlInline)?.Tag}");
            switch (node)
            {
                case LinkInline { IsImage: true } image:
                    Assert.Equal(ChartPath, image.Url);
                    break;
                case LinkInline link:
                    AssertLinkTarget(link.Url ?? string.Empty, "link");
                    break;
                case AutolinkInline autolink:
                    AssertLinkTarget(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, "autolink");
                    break;
                case LiteralInline literal:
                    Assert.False(HasBidi(literal.Content.ToString()), "a bidirectional control in Markdown text");
                    break;
                case CodeInline code:
                    Assert.False(HasBidi(code.Content), "a bidirectional control in a code span");
                    break;
            }
        }

        // What a Markdown reader makes of it: no element the HTML check refuses, images aside (the chart).
        var html = Markdown.ToHtml(markdown, Pipeline);
        var converted = new HtmlParser().ParseDocument(html);
        foreach (var element in converted.All)
        {
            Assert.DoesNotContain(element.LocalName, ActiveFromMarkdown);
            Assert.All(element.Attributes, a => Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            if (element.LocalName == "img")
            {
                Assert.Equal(ChartPath, element.GetAttribute("src"));
            }
        }
    }

    private static void AssertSafeSvg(string svg)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + svg + "</body></html>");
        var root = document.Body!.FirstElementChild!;
        Assert.Equal("svg", root.LocalName);
        Assert.Single(document.Body.Children);
        foreach (var element in root.Descendants<IElement>().Prepend(root))
        {
            Assert.DoesNotContain(element.LocalName, ActiveSvg);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                Assert.DoesNotContain("href", attribute.Name, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.False(HasBidi(root.TextContent), "a bidirectional control in the chart");
    }

    private static bool HasBidi(string? text) => text is not null && text.AsSpan().IndexOfAny(Bidi) >= 0;

    private static void AssertLinkTarget(string url, string where)
    {
        Assert.True(
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto",
            $"{where} leads to {url}");
    }
}
