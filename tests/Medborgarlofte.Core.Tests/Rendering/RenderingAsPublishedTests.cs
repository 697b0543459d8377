using System;
using System.IO;
using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

/// <summary>
/// Format 1.1 renders a document as published: each published phrase, line and heading verbatim, the library's own
/// Swedish only where the document has none, partners never among the parties, soft targets never made exact.
/// </summary>
public sealed class RenderingAsPublishedTests
{
    private static readonly Lazy<Agreement> EveryAddition = new(() =>
        AgreementJson.Read(File.ReadAllText(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "format-1.1", "every-addition.json"))).GetValueOrThrow());

    // Rendered once for the whole class: the theories below read them some forty times.
    private static readonly Lazy<string> MarkdownRendering = new(() => MarkdownRenderer.Render(EveryAddition.Value));

    private static readonly Lazy<string> HtmlRendering = new(() => HtmlRenderer.Render(EveryAddition.Value));

    private static string Markdown => MarkdownRendering.Value;

    private static string Html => HtmlRendering.Value;

    [Fact]
    public void The_1_1_fixture_is_valid_with_the_source_gap_as_a_warning_not_an_error()
    {
        var report = AgreementValidator.Validate(File.ReadAllText(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "format-1.1", "every-addition.json")), new ValidationOptions { AsOf = new LocalDate(2024, 6, 1) });

        Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Code == "ML7007" && d.Pointer == "/signatures/2/status");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "ML7005");
    }

    [Theory]
    [InlineData("Löftet gäller under 2024 och förnyas varje år.")]
    [InlineData("Det kan revideras om omständigheterna så kräver.")]
    [InlineData("Dnr Polisen: A027.427/2024")]
    [InlineData("Kommunen och polisen lovar att under året:")]
    [InlineData("Ansvar: Kommunen och polisen.")]
    [InlineData("bör genomföras minst tre gånger per år")]
    [InlineData("under juni månad")]
    [InlineData("efter varje dialog")]
    [InlineData("fritidsförvaltningen medverkar vid minst tre tillfällen")]
    [InlineData("Om läget förändras kan insatserna prioriteras om.")]
    [InlineData("Uppföljningen förutsätter att medel finns.")]
    [InlineData("Löftet utvärderas före årets slut.")]
    [InlineData("Orten den 27 februari 2024")]
    [InlineData("Bilaga 2: Handlingsplan")]
    [InlineData("Situationen idag")]
    [InlineData("Det här lovar vi")]
    [InlineData("Följ med hur det går:")]
    [InlineData("Avtalets giltighetstid")]
    public void Every_published_phrase_line_and_heading_stands_verbatim_in_both_renderings(string published)
    {
        Assert.Contains(published, Markdown, StringComparison.Ordinal);
        Assert.Contains(published, Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Detta medborgarlöfte gäller")]
    [InlineData("Lägesbild")]
    [InlineData("Det här ska vi göra")]
    [InlineData("## Uppföljning")]
    [InlineData("## Giltighetstid")]
    [InlineData("Diarienummer")]
    [InlineData("under perioden 2024-06-01")]
    [InlineData("förnyas varje år förnyas varje år")]
    public void The_librarys_own_wording_is_not_there_where_the_document_has_its_own(string library)
    {
        Assert.DoesNotContain(library, Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_soft_target_is_never_written_exact()
    {
        // The two "bör" targets: one with its published phrase, one in the library's words with the modality first.
        var line = Markdown.Split('\n').Single(l => l.Contains("**Mål:**", StringComparison.Ordinal) && l.Contains("bör", StringComparison.Ordinal));

        Assert.Contains("bör genomföras minst tre gånger per år", line, StringComparison.Ordinal);
        Assert.Contains("bör: minst 4 insatser", line, StringComparison.Ordinal);
        Assert.DoesNotContain("exakt", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_document_has_no_phrase_the_library_writes_one_with_the_modality_and_the_new_recurrences()
    {
        var markdown = Markdown;

        Assert.Contains("bör: minst 4 insatser under juni månad", markdown, StringComparison.Ordinal);
        Assert.Contains("exakt 2 förslag efter varje dialog", markdown, StringComparison.Ordinal);
        Assert.Contains("antal nyhetsbrev: minst 1 per kvartal", markdown, StringComparison.Ordinal);
        Assert.Contains("(Ansvar: Fritidsförvaltningen)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Partners_are_named_as_partners_and_never_among_the_parties_or_signatures()
    {
        var markdown = Markdown;
        var partiesLine = markdown.Split('\n').Single(l => l.StartsWith("Parter:", StringComparison.Ordinal));

        Assert.DoesNotContain("Räddningstjänsten", partiesLine, StringComparison.Ordinal);
        Assert.DoesNotContain("Ortens Bostäder", partiesLine, StringComparison.Ordinal);
        Assert.Contains("I samverkan med: Räddningstjänsten Storort och Ortens Bostäder AB", markdown, StringComparison.Ordinal);
        Assert.Contains("Ortens Bostäder AB", markdown[markdown.IndexOf("genomföra trygghetsvandringar", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var signatures = markdown[markdown.LastIndexOf("Orten den 27 februari 2024", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Räddningstjänsten", signatures, StringComparison.Ordinal);
    }

    [Fact]
    public void Signatures_as_published_several_per_party_an_unnamed_one_and_one_missing_from_the_copy()
    {
        var markdown = Markdown;

        Assert.Contains("Anna Andersson", markdown, StringComparison.Ordinal);
        Assert.Contains("(namnet finns inte i den publicerade kopian)", markdown, StringComparison.Ordinal);
        Assert.Contains("Underskriften saknas i den publicerade kopian.", markdown, StringComparison.Ordinal);
        Assert.Contains("Kommundirektör", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-02-27", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reservation_ends_its_own_section_not_the_revision()
    {
        var markdown = Markdown;

        var commitments = markdown.IndexOf("Det här lovar vi", StringComparison.Ordinal);
        var reservation = markdown.IndexOf("Om läget förändras", StringComparison.Ordinal);
        var followUp = markdown.IndexOf("Följ med hur det går:", StringComparison.Ordinal);
        var followUpReservation = markdown.IndexOf("Uppföljningen förutsätter", StringComparison.Ordinal);
        var validity = markdown.IndexOf("Avtalets giltighetstid", StringComparison.Ordinal);

        Assert.True(commitments < reservation && reservation < followUp, "the clause ends the commitments");
        Assert.True(followUp < followUpReservation && followUpReservation < validity, "the second ends the follow-up");
    }

    [Fact]
    public void Exhaustive_headings_leave_a_section_without_a_published_heading_unheaded()
    {
        var agreement = EveryAddition.Value with { Headings = EveryAddition.Value.Headings! with { Exhaustive = true } };

        var markdown = MarkdownRenderer.Render(agreement);

        Assert.DoesNotContain("## Underskrifter", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Bilagor", markdown, StringComparison.Ordinal);
        Assert.Contains("Avtalets giltighetstid", markdown, StringComparison.Ordinal);
        Assert.Contains("Bilaga 2: Handlingsplan", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_only_a_reservation_is_still_rendered()
    {
        var agreement = EveryAddition.Value with
        {
            Reservations = [new Reservation { Id = "r9", Text = new("Kontakten kan ändras."), Section = AgreementSection.Contacts }],
        };

        Assert.Contains("Kontakten kan ändras.", MarkdownRenderer.Render(agreement), StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_rendering_keeps_the_swedish_published_text_marked_as_such()
    {
        var english = MarkdownRenderer.Render(EveryAddition.Value, RenderOptions.English);

        Assert.Contains("bör genomföras minst tre gånger per år", english, StringComparison.Ordinal);
        Assert.Contains("should: at least 4 insatser", english, StringComparison.Ordinal);
        Assert.DoesNotContain("exactly 4", english, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_phrase_a_promise_already_ends_with_is_written_once()
    {
        // Gagnef publishes "Aktiviteten pågår … då utfallet ska utvärderas." once, as the end of its first promise.
        var gagnef = ExampleFiles.Load("gagnef-2016-2017");
        var phrase = gagnef.FollowUpPlan!.Evaluation!.Wording!.Swedish;

        Assert.Equal(2, MarkdownRenderer.Render(gagnef).Split(phrase).Length);

        // The same phrase held by no promise is the follow-up's own sentence, written where the plan is.
        var alone = gagnef with { Commitments = [.. gagnef.Commitments.Skip(1)] };
        Assert.Equal(2, MarkdownRenderer.Render(alone).Split(phrase).Length);
    }
}
