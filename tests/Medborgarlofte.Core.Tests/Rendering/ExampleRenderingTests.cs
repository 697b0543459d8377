using System;
using System.Linq;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>The five real agreements rendered: every promise and every signatory is there, as published.</summary>
public sealed class ExampleRenderingTests
{
    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Markdown_holds_every_commitment_text_verbatim(string name)
    {
        var agreement = ExampleFiles.Load(name);

        var markdown = MarkdownRenderer.Render(agreement);

        Assert.All(agreement.Commitments, c => Assert.Contains(c.Text.Swedish, markdown, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Html_holds_every_commitment_text_verbatim_as_text_and_escaped_in_the_markup(string name)
    {
        var agreement = ExampleFiles.Load(name);

        var html = HtmlRenderer.Render(agreement);
        var text = HtmlText.TextContent(html);

        Assert.All(agreement.Commitments, c =>
        {
            Assert.Contains(HtmlText.Collapse(c.Text.Swedish), text, StringComparison.Ordinal);
            Assert.Contains(HtmlEscaper.Escape(c.Text.Swedish), html, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Both_hold_every_signatory_with_name_title_and_party(string name)
    {
        var agreement = ExampleFiles.Load(name);
        var markdown = MarkdownRenderer.Render(agreement);
        var text = HtmlText.TextContent(HtmlRenderer.Render(agreement));

        foreach (var signature in agreement.Signatures)
        {
            var title = (signature.Acting ? "Tf " : string.Empty) + signature.Title!.Swedish;
            var party = agreement.Parties.Single(p => p.Id == signature.Party).Name.Swedish;
            foreach (var rendering in new[] { markdown, text })
            {
                if (signature.Name is not null)
                {
                    Assert.Contains(signature.Name, rendering, StringComparison.Ordinal);
                }

                Assert.Contains(title, rendering, StringComparison.Ordinal);
                Assert.Contains(party, rendering, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Html_is_Swedish_self_contained_and_script_free(string name)
    {
        var html = HtmlRenderer.Render(ExampleFiles.Load(name));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(HtmlText.Links(html, "src"));
        Assert.Empty(HtmlText.Links(html, "href"));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Sections_come_in_the_order_of_the_published_documents(string name)
    {
        var agreement = ExampleFiles.Load(name);
        var markdown = MarkdownRenderer.Render(agreement);

        // Each section under its published heading where the document has one (format 1.1), else the library's.
        (AgreementSection Section, string Library)[] sections =
        [
            (AgreementSection.Introduction, "Inledning"), (AgreementSection.Purpose, "Syfte"), (AgreementSection.SituationPicture, "Lägesbild"),
            (AgreementSection.Commitments, "Det här ska vi göra"), (AgreementSection.Goals, "Mål och effekter"), (AgreementSection.FollowUpPlan, "Uppföljning"),
            (AgreementSection.Communication, "Följ arbetet"), (AgreementSection.Governance, "Organisation"), (AgreementSection.Contacts, "Kontakt"),
            (AgreementSection.Validity, "Giltighetstid"), (AgreementSection.Signatures, "Underskrifter"),
        ];
        string[] order = ["# ", .. sections.Select(s => "## " + (agreement.Headings?.For(s.Section)?.Swedish ?? s.Library))];

        var positions = order.Select(h => markdown.StartsWith(h, StringComparison.Ordinal) ? 0 : markdown.IndexOf("\n" + h + "\n", StringComparison.Ordinal)).Where(p => p >= 0).ToList();

        Assert.True(positions.Count >= 5, "at least title, Lägesbild or Inledning, Det här ska vi göra, Giltighetstid, Underskrifter");
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Bastad_reads_like_the_published_document()
    {
        var markdown = MarkdownRenderer.Render(ExampleFiles.Load("bastad-2024"));

        Assert.Contains("# Medborgarlöfte 2024\n\nParter: Båstads kommun, Lokalpolisområde Ängelholm och Region Skåne\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Öka tryggheten i trafiken\n\n- Polisen åtar sig att ha extra fokus på hastighetsmätningar", markdown, StringComparison.Ordinal);
        Assert.Contains("**Villkor:** om behov finns\\\n  **Mål:** två informationssatsningar\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Trafik\n\nÖka medborgarnas upplevda trygghet i trafikmiljön. Detta kommer att följas upp i den årliga trygghetsmätningen samt via polisens händelserapporter.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nDetta medborgarlöfte gäller 2024. Det kan revideras om omständigheterna så kräver.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Båstad 2023-12-11\\\n  **Anna Blomqvist**\\\n  Tf lokalpolisområdeschef Ängelholm\\\n  Lokalpolisområde Ängelholm\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Underlag\n\n- samverkansmöten\n- medborgardialoger\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Kungsbacka_numbers_its_promises_and_writes_purpose_responsibility_and_target()
    {
        var markdown = MarkdownRenderer.Render(ExampleFiles.Load("kungsbacka-2019-2020"));

        Assert.Contains("### 3. Trygghet i trafik\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **3.2** Polisen kommer att genomföra minst en trafikkontroll per vecka", markdown, StringComparison.Ordinal);
        Assert.Contains("  **Syfte:** Med hjälp av trafikövervakning skapar vi oss en gemensam lägesbild i samverkan mellan kommun och polis. Dessa mynnar ut i riktade åtgärder över tid.\\\n"
            + "  **Mål:** minst en trafikkontroll per vecka\n\n"
            + "  Ansvar: Förvaltningen för Teknik och polisen.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**Ansvar:**", markdown, StringComparison.Ordinal);
        Assert.Contains("Denna samverkansöverenskommelse och detta medborgarlöfte gäller 2019–2020.", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Anna Lindqvist**, kommunpolis, Lokalpolisområde Kungsbacka, 010-566 04 39, anna.lindqvist@polisen.se\n", markdown, StringComparison.Ordinal);
        Assert.Contains("### Samverkansområden mellan polis och kommun\n\n- ANDT – Alkohol, narkotika, doping och tobak.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Samverkansöverenskommelse för 2019–2020\n\n## Syfte\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Kontakt Kungsbacka\n\nKungsbacka kommun ingår i polisområde Halland.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_already_quoted_in_the_summary_or_a_background_are_not_repeated()
    {
        Assert.DoesNotContain("Iakttagelser", MarkdownRenderer.Render(ExampleFiles.Load("bastad-2024")), StringComparison.Ordinal);
        Assert.DoesNotContain("Iakttagelser", MarkdownRenderer.Render(ExampleFiles.Load("kungsbacka-2019-2020")), StringComparison.Ordinal);

        var agreement = ExampleFiles.Load("bastad-2024");
        var extra = agreement with
        {
            SituationPicture = agreement.SituationPicture! with
            {
                Findings = [.. agreement.SituationPicture.Findings, new Finding { Id = "f9", Text = new("Fler cykelstölder vid stationen.") }],
            },
        };
        Assert.Contains("### Iakttagelser\n\n- Fler cykelstölder vid stationen.\n", MarkdownRenderer.Render(extra), StringComparison.Ordinal);
    }

    [Fact]
    public void Svalov_shows_its_reference_numbers_and_the_merged_introduction_of_what_we_will_do()
    {
        var markdown = MarkdownRenderer.Render(ExampleFiles.Load("svalov-2020"));

        Assert.Contains("Dnr Polisen: A027.427/2020\\\nDnr Kommunen: 396-2019\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Det här ska vi göra\n\nI Medborgarlöftet för 2020 kommer vi att särskilt fokusera på området \"det offentliga rummet\"", markdown, StringComparison.Ordinal);
        Assert.Equal(2, markdown.Split("## Det här ska vi göra").Length);
        Assert.Contains("## Processen\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Astorp_has_a_blank_line_to_sign_on_for_each_missing_name()
    {
        var agreement = ExampleFiles.Load("astorp-2023-2025");

        var markdown = MarkdownRenderer.Render(agreement);
        var html = HtmlRenderer.Render(agreement);

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(markdown, @"\n  (\\_){24}\\\n"));
        Assert.Equal(2, html.Split("<span class=\"blank\"></span>").Length - 1);
        Assert.Contains("### Övriga löften\n\n- **Lägesbild**\n\n  Kommunen och Polisen ska tillsammans", markdown, StringComparison.Ordinal);
        Assert.Contains("Medborgarlöftet gäller från 2023-03-06 till 2025-12-31.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hoor_uses_the_commitment_titles_as_headings_in_html()
    {
        var html = HtmlRenderer.Render(ExampleFiles.Load("hoor-2023-2024"));

        Assert.Contains("<li class=\"commitment\" id=\"commitment-c2\">\n<h3>Grannsamverkan mot brott</h3>\n<p>Polis och kommun ska", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Syfte</h2>\n<p>Syftet med medborgarlöften är att;</p>\n<ul>\n<li>öka medborgarnas", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_says_so_and_a_revision_says_what_it_supersedes_and_changed()
    {
        var agreement = ExampleFiles.Load("bastad-2024");
        var revised = agreement with
        {
            Revision = agreement.Revision with
            {
                Number = 2,
                Status = RevisionStatus.Draft,
                Date = new NodaTime.LocalDate(2024, 6, 1),
                Supersedes = new DocumentReference { Id = "bastad-2024", Revision = 1 },
                Changes = new("- Nytt löfte om cykelstölder."),
            },
        };

        var markdown = MarkdownRenderer.Render(revised);
        var english = MarkdownRenderer.Render(revised, RenderOptions.English);

        Assert.Contains("Utkast – ännu inte undertecknat.", markdown, StringComparison.Ordinal);
        Assert.Contains("Revidering 2, daterad 2024-06-01. Ersätter bastad-2024, revidering 1.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Ändringar:**\n\n- Nytt löfte om cykelstölder.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Revision 2, dated 2024-06-01. Supersedes bastad-2024, revision 1.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");

        Assert.Equal(HtmlRenderer.Render(agreement), HtmlRenderer.Render(ExampleFiles.Load("kungsbacka-2019-2020")));
        Assert.Equal(MarkdownRenderer.Render(agreement), MarkdownRenderer.Render(agreement, RenderOptions.Swedish));
    }

    [Fact]
    public void Commitments_are_listed_under_their_area_and_the_rest_under_other_commitments()
    {
        var example = ExampleFiles.Load("kungsbacka-2019-2020");
        var first = example.PriorityAreas[0];
        string?[] areas = [first.Id, "saknas", null, first.Id];
        var agreement = example with
        {
            Commitments = [.. example.Commitments.Take(areas.Length).Select((c, i) => c with { PriorityArea = areas[i] })],
        };

        var html = HtmlRenderer.Render(agreement);

        // The first area holds commitments 0 and 3; "Övriga löften" holds 1 and 2 (a missing area, and none), in document order.
        var firstArea = html.IndexOf("id=\"area-" + first.Id + "\"", StringComparison.Ordinal);
        var secondArea = html.IndexOf("id=\"area-" + example.PriorityAreas[1].Id + "\"", StringComparison.Ordinal);
        int At(int i) => html.IndexOf("id=\"commitment-" + agreement.Commitments[i].Id + "\"", StringComparison.Ordinal);
        Assert.True(firstArea < At(0) && At(0) < At(3) && At(3) < secondArea);
        var others = html.IndexOf(">Övriga löften<", StringComparison.Ordinal);
        Assert.True(secondArea < others && others < At(1) && At(1) < At(2));
    }
}
