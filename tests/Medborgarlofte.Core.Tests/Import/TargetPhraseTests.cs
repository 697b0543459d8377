using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.Import.Targets;
using Medborgarlofte.Rendering;
using TargetPhrase = Medborgarlofte.Import.Targets.TargetPhrase;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Import;

/// <summary>TargetPhrase.Parse: what real agreements write, what the renderers write, and what is never a target.</summary>
public sealed class TargetPhraseTests
{
    [Theory]
    [InlineData("Båstads kommun och polisen åtar sig att genomföra minst två medborgardialoger.", Comparator.AtLeast, 2, "medborgardialoger", Recurrence.Once)]
    [InlineData("Polisen kommer att genomföra minst en trafikkontroll per vecka där klagomål har inkommit.", Comparator.AtLeast, 1, "trafikkontroller", Recurrence.PerWeek)]
    [InlineData("minst fyra riktade insatser under året", Comparator.AtLeast, 4, "riktade insatser", Recurrence.Once)]
    [InlineData("högst tre anmälningar per månad", Comparator.AtMost, 3, "anmälningar", Recurrence.PerMonth)]
    [InlineData("exakt 12 möten per år", Comparator.Exactly, 12, "möten", Recurrence.PerYear)]
    [InlineData("fler än 5 dialoger per termin", Comparator.AtLeast, 6, "dialoger", Recurrence.PerSchoolTerm)]
    [InlineData("Antalet kontroller bör vara tjugo i veckan.", Comparator.Exactly, 20, "kontroller", Recurrence.PerWeek)]
    [InlineData("två trygghetsvandringar varje vecka", Comparator.Exactly, 2, "trygghetsvandringar", Recurrence.PerWeek)]
    [InlineData("tre tunnlar väljs ut årligen", Comparator.Exactly, 3, "tunnlar", Recurrence.PerYear)]
    [InlineData("hålla en informationsträff för kontaktombuden", Comparator.Exactly, 1, "informationsträffar", Recurrence.Once)]
    [InlineData("genomföra hundra kontroller under maj månad", Comparator.Exactly, 100, "kontroller", Recurrence.Once)]
    [InlineData("antal trafikkontroller: minst 1 per vecka under 2019–2020", Comparator.AtLeast, 1, "trafikkontroller", Recurrence.PerWeek)]
    [InlineData("Kommun och polis ska varje år göra minst en gemensam tillsyn av handeln.", Comparator.AtLeast, 1, "gemensamma tillsyner", Recurrence.PerYear)]
    [InlineData("genomföra en särskild ungdomsinsats per kvartal", Comparator.Exactly, 1, "särskilda ungdomsinsatser", Recurrence.PerQuarter)]
    public void Reads_targets(string text, Comparator comparator, int value, string unit, Recurrence recurrence)
    {
        var target = TargetPhrase.Parse(text);
        Assert.NotNull(target);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(value, target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(recurrence, target.Recurrence);
        Assert.Contains(target.Phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_modality_and_the_period()
    {
        var soft = TargetPhrase.Parse("Kommunen bör genomföra minst två dialoger under hösten.")!;
        Assert.Equal(Modality.Should, soft.Modality);
        Assert.Equal("under hösten", soft.PeriodWording);
        Assert.Equal(Modality.Shall, TargetPhrase.Parse("Polisen ska genomföra 4 insatser under juni månad.")!.Modality);
        Assert.Equal("under juni månad", TargetPhrase.Parse("Polisen ska genomföra 4 insatser under juni månad.")!.PeriodWording);
        Assert.Equal(Modality.StrivesTo, TargetPhrase.Parse("Kommunen strävar efter att hålla minst tre möten per år.")!.Modality);
        Assert.Null(TargetPhrase.Parse("Polisen lovar att genomföra minst en trafikkontroll per vecka.")!.Modality);
        Assert.Null(TargetPhrase.Parse("Polisen ska vara synlig. Minst två möten per år hålls.")!.Modality);
    }

    [Theory]
    [InlineData("minst två möten per kvartal", Recurrence.PerQuarter, "per kvartal")]
    [InlineData("ett nyhetsbrev varje kvartal", Recurrence.PerQuarter, "varje kvartal")]
    [InlineData("Kommun och polis ska varje år göra minst en gemensam antilangningskampanj.", Recurrence.PerYear, "varje år")]
    [InlineData("Varje år kommer minst en tillsyn att göras.", Recurrence.PerYear, "Varje år")]
    [InlineData("lämna två förslag efter varje dialog", Recurrence.PerOccurrence, "efter varje dialog")]
    public void Reads_quarters_occurrences_and_a_recurrence_before_the_count(string text, Recurrence recurrence, string wording)
    {
        var target = TargetPhrase.Parse(text)!;
        Assert.Equal(recurrence, target.Recurrence);
        Assert.Equal(wording, target.RecurrenceWording);
        Assert.Equal(recurrence == Recurrence.PerOccurrence ? wording : null, target.Occurrence);
    }

    [Theory]
    [InlineData("Detta medborgarlöfte gäller 2024.")]
    [InlineData("Medborgarlöftet gäller från 2023-03-06 till 2025-12-31.")]
    [InlineData("Konceptet ska genomföras för åk 4 i syfte att skapa positiva relationer.")]
    [InlineData("Anna Lindqvist, kommunpolis, 010-566 04 39")]
    [InlineData("föredrag för kommunens alla 6:e-klasser")]
    [InlineData("Båstads kommun startar under 2024 upp ett strategiskt brottsförebyggande råd.")]
    [InlineData("Det är även en oro över kommunens ungdomar.")]
    [InlineData("projektet Tre trygga tunnlar")]
    [InlineData("Höör 2023 0411")]
    [InlineData("kl. 18 på torget")]
    [InlineData("")]
    public void Leaves_non_targets_alone(string text) => Assert.Null(TargetPhrase.Parse(text));

    [Fact]
    public void Reads_back_what_the_renderers_write()
    {
        var units = new[] { "trafikkontroller", "medborgardialoger", "föreläsningar", "trygghetsvandringar", "insatser" };
        var periods = new DateInterval?[]
        {
            null,
            new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
            new(new LocalDate(2019, 1, 1), new LocalDate(2020, 12, 31)),
            new(new LocalDate(2019, 1, 1), new LocalDate(2019, 6, 30)),
        };
        var gen =
            from comparator in Gen.Elements(Enum.GetValues<Comparator>())
            from value in Gen.Choose(1, 500)
            from unit in Gen.Elements(units)
            // The recurrences of format 1.0: per quarter and per occurrence (1.1) have no library wording the import reads yet.
            from recurrence in Gen.Elements(Enum.GetValues<Recurrence>().Where(r => r is not (Recurrence.PerQuarter or Recurrence.PerOccurrence)).ToArray())
            from period in Gen.Elements(periods)
            select (Target: new Target
            {
                Id = "t1",
                Kind = TargetKind.Quantitative,
                Comparator = comparator,
                Value = value,
                Unit = new LocalizedText(unit),
                Recurrence = recurrence,
            }, Period: period);

        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var wording = TargetWording.Render(x.Target, x.Period);
            var parsed = TargetPhrase.Parse(wording);
            return parsed is not null && parsed.Comparator == x.Target.Comparator && parsed.Value == x.Target.Value
                && parsed.Unit == x.Target.Unit!.Swedish && parsed.Recurrence == x.Target.Recurrence;
        }).Label("TargetPhrase.Parse(TargetWording.Render(t)) == t").QuickCheckThrowOnFailure();
    }
}
