using System.Linq;
using Medborgarlofte.Import.Structure;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Import;

/// <summary>The phrases the import reads format 1.1 fields and code lists from, each on its own.</summary>
public sealed class PublishedPhraseTests
{
    [Fact]
    public void Signatories_named_in_a_sentence()
    {
        var news = SignaturePhrase.Read("Löftet har undertecknats av lokalpolisområdeschef Lars Vestermark, kommunpolis Ewa Öberg Öström och kommunchef Douglas Almqvist.");
        Assert.Equal([("lokalpolisområdeschef", "Lars Vestermark"), ("kommunpolis", "Ewa Öberg Öström"), ("kommunchef", "Douglas Almqvist")], news.Select(s => (s.Title, s.Name)));
        var page = SignaturePhrase.Read("Kommunchef Anna Berg och Karin Ek, chef för lokalpolisområde Ort undertecknade i mars ett medborgarlöfte.");
        Assert.Equal([("Kommunchef", "Anna Berg"), ("chef för lokalpolisområde Ort", "Karin Ek")], page.Select(s => (s.Title, s.Name)));
        Assert.Empty(SignaturePhrase.Read("Löftet har undertecknats av kommunen och polisen."));
        Assert.Empty(SignaturePhrase.Read("Polisen genomför trafikkontroller."));
    }

    [Fact]
    public void Partners_are_organisations_that_take_part()
    {
        var found = PartnerMentions.In("Kommunen åtar sig att tillsammans med Region Skåne, räddningstjänsten och skolorna inkludera näringslivet.");
        Assert.Equal([("Region Skåne", PartyType.Region), ("räddningstjänsten", PartyType.RescueService), ("skolorna", PartyType.Other), ("näringslivet", PartyType.Business)], found);
        Assert.Empty(PartnerMentions.In("Polisen ska vara närvarande på fritidsgårdar, skolor och torget."));
    }

    [Fact]
    public void Clauses_renewal_reservation_and_evaluation()
    {
        Assert.Equal((Cadence.Quarterly, "prövas med tremånadersintervaller"), ValidityPhrase.Renewal("där inriktningen för arbetet prövas med tremånadersintervaller."));
        Assert.Equal(Cadence.Yearly, ValidityPhrase.Renewal("Löftet förnyas varje år.")!.Value.Cadence);
        Assert.Null(ValidityPhrase.Renewal("Det kan revideras om omständigheterna så kräver."));
        Assert.True(ClauseSentences.IsReservation("Om läget förändras kan insatserna prioriteras om."));
        Assert.False(ClauseSentences.IsReservation("Om behov finns genomförs två informationssatsningar."));
        Assert.Equal(new LocalDate(2024, 12, 31), ClauseSentences.EvaluationDue("Löftet utvärderas före årets slut.", new LocalDate(2024, 12, 31)));
        Assert.Equal(new LocalDate(2017, 5, 18), ClauseSentences.EvaluationDue("Aktiviteten pågår till den 18 maj 2017, då utfallet ska utvärderas.", null));
        Assert.Null(ClauseSentences.EvaluationDue("Löftena sammanställs och utvärderas i en årsrapport.", null));
    }

    [Fact]
    public void Codes_read_from_words()
    {
        Assert.Equal([("facebook", "polisen"), ("facebook", "kommunen"), ("media", null), ("website", "kommunen")],
            CodeMentions.Channels("Följ arbetet på polisens och kommunens Facebook i traditionella medier samt på kommunens hemsida."));
        Assert.Equal(["citizenDialogue", "staffDialogue", "internalKnowledge"],
            CodeMentions.Sources("Underlaget har samlats in via dialoger med medborgare och medarbetare samt polisens underrättelseinformation."));
        Assert.Empty(CodeMentions.Sources("Polisen arbetar mot nationella och internationella brottsnätverk."));
        Assert.Equal(["traffic"], CodeMentions.Themes("Öka tryggheten i trafiken"));
    }
}
