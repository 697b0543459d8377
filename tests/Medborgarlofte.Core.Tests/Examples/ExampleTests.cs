using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Examples;

/// <summary>The five real agreements: read without a problem, round-trip to the byte, and hold the published facts.</summary>
public sealed class ExampleTests
{
    /// <summary>Skåne, Halland and Örebro län: their agreements are kept aside to check the format independently.</summary>
    private static readonly string[] CountiesKeptAside = ["12", "13", "18"];

    [Fact]
    public void The_examples_folder_holds_exactly_the_seed_agreements_and_the_transcribed_real_ones()
    {
        var files = Directory.GetFiles(Repository.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(ExampleFiles.Names.Concat(ExampleFiles.SourceFiles.Keys).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.Transcribed), MemberType = typeof(ExampleFiles))]
    public void A_transcribed_real_agreement_is_format_1_1_valid_and_round_trips_byte_for_byte(string name)
    {
        var bytes = ExampleFiles.Bytes(name);

        var result = AgreementJson.Read(bytes);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("1.1", result.Value!.FormatVersion);
        Assert.Equal(bytes, AgreementJson.WriteToUtf8Bytes(result.Value));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.Transcribed), MemberType = typeof(ExampleFiles))]
    public void A_transcribed_real_agreement_names_its_published_page_and_a_municipality_outside_the_counties_kept_aside(string name)
    {
        var agreement = ExampleFiles.Load(name);
        Assert.True(agreement.Extensions.TryGetValue("source", out var found));
        var source = found!.Value;

        Assert.StartsWith("https://", source.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("data/sources/" + ExampleFiles.SourceFiles[name], source.GetProperty("text").GetString());
        var code = agreement.Parties.Single(p => p.Type == PartyType.Municipality).Identifiers!.MunicipalityCode!;
        Assert.DoesNotContain(code[..2], CountiesKeptAside);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Example_reads_without_any_diagnostic(string name)
    {
        var result = AgreementJson.Read(ExampleFiles.Bytes(name));

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Example_round_trips_byte_for_byte(string name)
    {
        var bytes = ExampleFiles.Bytes(name);

        var written = AgreementJson.WriteToUtf8Bytes(AgreementJson.Read(bytes).GetValueOrThrow());

        Assert.Equal(bytes, written);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Every_commitment_text_stands_verbatim_in_the_published_text(string name)
    {
        var published = Normalize(ExampleFiles.SeedText(name).Replace("*", string.Empty, StringComparison.Ordinal));

        foreach (var commitment in ExampleFiles.Load(name).Commitments)
        {
            foreach (var paragraph in commitment.Text.Swedish.Split("\n\n"))
            {
                Assert.Contains(Normalize(paragraph), published, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Every_signatory_name_and_title_stands_in_the_published_text(string name)
    {
        var published = Normalize(ExampleFiles.SeedText(name));

        foreach (var signature in ExampleFiles.Load(name).Signatures)
        {
            if (signature.Name is { } person)
            {
                Assert.Contains(person, published, StringComparison.Ordinal);
            }

            Assert.Contains(Normalize(signature.Title!.Swedish), published, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Bastad_2024_has_four_priority_areas_and_fourteen_commitments()
    {
        var bastad = ExampleFiles.Load("bastad-2024");

        Assert.Equal(4, bastad.PriorityAreas.Count);
        Assert.Equal(14, bastad.Commitments.Count);
        Assert.Equal([5, 3, 4, 2], bastad.PriorityAreas.Select(area => bastad.Commitments.Count(c => c.PriorityArea == area.Id)));
        Assert.Equal(new LocalDate(2024, 1, 1), bastad.Validity.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), bastad.Validity.End);
        Assert.Equal("Det kan revideras om omständigheterna så kräver.", bastad.Revision.Clause!.Swedish);
        Assert.True(bastad.Validity.StartInferred); // "Detta medborgarlöfte gäller 2024." names the year, not the day
        // "tillsammans med Region Skåne": the region takes part in one promise but does not sign, so it is a partner (1.1).
        Assert.DoesNotContain(bastad.Parties, p => p.Name.Swedish == "Region Skåne");
        Assert.Contains(bastad.Partners, p => p.Type == PartyType.Region && p.Name.Swedish == "Region Skåne");
        Assert.Equal(["region-skane"], bastad.Commitments.Single(c => c.Id == "c3").Partners);
    }

    [Fact]
    public void Bastad_2024_promises_at_least_two_citizen_dialogues()
    {
        var bastad = ExampleFiles.Load("bastad-2024");

        var target = bastad.Commitments.SelectMany(c => c.Targets).Single(t => t.Unit?.Swedish == "medborgardialoger");

        Assert.Equal((Comparator.AtLeast, 2m, Recurrence.Once), (target.Comparator!.Value, target.Value!.Value, target.Recurrence!.Value));
    }

    [Fact]
    public void Bastad_2024_is_signed_by_an_acting_local_police_chief()
    {
        var signature = ExampleFiles.Load("bastad-2024").Signatures.Single(s => s.Name == "Anna Blomqvist");

        Assert.True(signature.Acting);
        Assert.Equal(new LocalDate(2023, 12, 11), signature.Date);
        Assert.Equal("Båstad", signature.Place);
    }

    [Fact]
    public void Kungsbacka_2019_2020_has_four_themes_and_seven_numbered_commitments()
    {
        var kungsbacka = ExampleFiles.Load("kungsbacka-2019-2020");

        Assert.Equal(AgreementKind.PromiseAndCooperationAgreement, kungsbacka.Kind);
        Assert.Equal(4, kungsbacka.PriorityAreas.Count);
        Assert.Equal(["1.1", "1.2", "2.1", "3.1", "3.2", "4.1", "4.2"], kungsbacka.Commitments.Select(c => c.Number));
        Assert.Empty(kungsbacka.Signatures);
        Assert.Equal("anna.lindqvist@polisen.se", Assert.Single(kungsbacka.Contacts).Email);
    }

    [Fact]
    public void Kungsbacka_promises_at_least_one_traffic_check_per_week()
    {
        var commitment = ExampleFiles.Load("kungsbacka-2019-2020").Commitments.Single(c => c.Number == "3.2");

        var target = Assert.Single(commitment.Targets);
        Assert.Equal(TargetKind.Quantitative, target.Kind);
        Assert.Equal(Comparator.AtLeast, target.Comparator);
        Assert.Equal(1m, target.Value);
        Assert.Equal(Recurrence.PerWeek, target.Recurrence);
        Assert.Null(target.Period);
    }

    [Fact]
    public void Astorp_is_valid_from_2023_03_06_to_2025_12_31()
    {
        var astorp = ExampleFiles.Load("astorp-2023-2025");

        Assert.Equal(new LocalDate(2023, 3, 6), astorp.Validity.Start);
        Assert.Equal(new LocalDate(2025, 12, 31), astorp.Validity.End);
        Assert.All(astorp.Signatures, s => Assert.Null(s.Name));
    }

    [Fact]
    public void Hoor_was_signed_on_2023_04_11()
    {
        var hoor = ExampleFiles.Load("hoor-2023-2024");

        Assert.All(hoor.Signatures, s => Assert.Equal(new LocalDate(2023, 4, 11), s.Date));
        Assert.Equal(["Johan Svahnberg", "Veronica Ek"], hoor.Signatures.Select(s => s.Name));
        Assert.Equal(4, hoor.Commitments.Count);
    }

    [Fact]
    public void Svalov_2020_keeps_both_reference_numbers()
    {
        var svalov = ExampleFiles.Load("svalov-2020");

        Assert.Equal(["A027.427/2020", "396-2019"], svalov.ReferenceNumbers.Select(r => r.Value));
        Assert.All(svalov.Signatures, s => Assert.Null(s.Date));
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
