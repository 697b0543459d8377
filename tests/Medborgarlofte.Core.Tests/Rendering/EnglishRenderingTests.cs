using System;
using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary><c>--lang en</c>: English where the document has it, Swedish per text otherwise, marked as such.</summary>
public sealed class EnglishRenderingTests
{
    private static readonly Agreement PartlyEnglish = CreatePartlyEnglish();

    [Fact]
    public void Html_is_English_and_each_Swedish_fallback_is_marked_lang_sv_with_a_visible_marker()
    {
        var html = HtmlRenderer.Render(PartlyEnglish, RenderOptions.English);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Citizen promise 2024</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>What we will do</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>The police will carry out at least one traffic check a week.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><span lang=\"sv\">Kommunen åtar sig att hålla två trygghetsvandringar.</span> <span class=\"fallback-marker\">(in Swedish)</span></p>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Targets</dt><dd>number of traffic checks: at least 1 per week in 2024</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Targets</dt><dd>exactly 2 <span lang=\"sv\">trygghetsvandringar</span> <span class=\"fallback-marker\">(in Swedish)</span> in 2024</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fallback-marker\">(in Swedish)</p>\n<div lang=\"sv\">\n<p>Inledningen finns bara på svenska.</p>\n</div>", html, StringComparison.Ordinal);
        Assert.Contains("This citizen promise is valid for 2024.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_of_parties_get_lang_sv_but_no_visible_marker()
    {
        var html = HtmlRenderer.Render(PartlyEnglish, RenderOptions.English);

        Assert.Contains("Parties: <span lang=\"sv\">Båstads kommun</span> and <span lang=\"sv\">Lokalpolisområde Ängelholm</span></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_marks_each_Swedish_fallback_and_nothing_else()
    {
        var markdown = MarkdownRenderer.Render(PartlyEnglish, RenderOptions.English);

        Assert.Contains("- The police will carry out at least one traffic check a week.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Kommunen åtar sig att hålla två trygghetsvandringar. *(in Swedish)*\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Introduction\n\n*(in Swedish)*\n\nInledningen finns bara på svenska.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The police will carry out at least one traffic check a week. *(in Swedish)*", markdown, StringComparison.Ordinal);
        // The introduction, the second commitment and its unit; the names of the parties get no marker.
        Assert.Equal(3, markdown.Split("(in Swedish)").Length - 1);
    }

    [Fact]
    public void A_Swedish_rendering_of_the_same_document_has_no_marker_and_no_English()
    {
        var html = HtmlRenderer.Render(PartlyEnglish);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fallback-marker\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The police", html, StringComparison.Ordinal);
        Assert.Contains("Polisen åtar sig att genomföra minst en trafikkontroll per vecka.", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void The_Swedish_only_examples_fall_back_per_field_in_English(string name)
    {
        var agreement = ExampleFiles.Load(name);

        var html = HtmlRenderer.Render(agreement, RenderOptions.English);
        var markdown = MarkdownRenderer.Render(agreement, RenderOptions.English);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>What we will do</h2>", html, StringComparison.Ordinal);
        foreach (var commitment in agreement.Commitments)
        {
            var escaped = HtmlEscaper.Escape(commitment.Text.Swedish);
            var inline = "<span lang=\"sv\">" + escaped + "</span> <span class=\"fallback-marker\">(in Swedish)</span>";
            var block = "<p class=\"fallback-marker\">(in Swedish)</p>\n<div lang=\"sv\">\n<p>" + escaped + "</p>";
            Assert.True(html.Contains(inline, StringComparison.Ordinal) || html.Contains(block, StringComparison.Ordinal), commitment.Id);
            Assert.Contains(commitment.Text.Swedish, markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("astorp-2023-2025", "This citizen promise is valid from 2023-03-06 to 2025-12-31.")]
    [InlineData("kungsbacka-2019-2020", "This cooperation agreement and citizen promise is valid for 2019–2020.")]
    [InlineData("bastad-2024", "This citizen promise is valid for 2024. <span lang=\"sv\">Det kan revideras om omständigheterna så kräver.</span> <span class=\"fallback-marker\">(in Swedish)</span>")]
    public void The_validity_is_written_in_English_from_the_dates(string name, string expected)
    {
        Assert.Contains("<p>" + expected + "</p>", HtmlRenderer.Render(ExampleFiles.Load(name), RenderOptions.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_ended_validity_and_an_English_wording()
    {
        var open = PartlyEnglish with { Validity = PartlyEnglish.Validity with { End = null } };
        var worded = PartlyEnglish with { Validity = PartlyEnglish.Validity with { Wording = new LocalizedText("2024", "2024") } };

        Assert.Contains("This citizen promise is valid from 2024-01-01 until further notice.", MarkdownRenderer.Render(open, RenderOptions.English), StringComparison.Ordinal);
        Assert.Contains("Detta medborgarlöfte gäller från 2024-01-01 och tills vidare.", MarkdownRenderer.Render(open), StringComparison.Ordinal);
        Assert.Contains("This citizen promise is valid for 2024.", MarkdownRenderer.Render(worded, RenderOptions.English), StringComparison.Ordinal);
        Assert.Contains("Detta medborgarlöfte gäller 2024.", MarkdownRenderer.Render(worded), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_languages_are_refused()
    {
        var options = new RenderOptions { Language = "fi" };

        Assert.Throws<ArgumentException>(() => HtmlRenderer.Render(PartlyEnglish, options));
        Assert.Throws<ArgumentException>(() => MarkdownRenderer.Render(PartlyEnglish, options));
    }

    private static Agreement CreatePartlyEnglish()
    {
        var minimal = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var first = minimal.Commitments[0];
        return minimal with
        {
            Title = new LocalizedText("Medborgarlöfte 2024", "Citizen promise 2024"),
            Introduction = new LocalizedText("Inledningen finns bara på svenska."),
            Commitments =
            [
                first with { Text = first.Text.With("en", "The police will carry out at least one traffic check a week.") },
                new Commitment
                {
                    Id = "c2",
                    Text = new LocalizedText("Kommunen åtar sig att hålla två trygghetsvandringar."),
                    Targets =
                    [
                        new Target { Id = "t2", Kind = TargetKind.Quantitative, Comparator = Comparator.Exactly, Value = 2, Unit = new("trygghetsvandringar"), Recurrence = Recurrence.Once },
                    ],
                },
            ],
        };
    }
}
