using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Reference;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Reference;

/// <summary>The embedded tables are exactly the code lists in data/codelists (run tools/generate-codelists.py when these fail).</summary>
public sealed class CodeListDataTests
{
    private static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Repository.Data, "codelists", file)));

    [Fact]
    public void Municipalities_are_the_290_of_the_code_list()
    {
        using var shared = Load("municipalities.json");
        var expected = shared.RootElement.GetProperty("municipalities").EnumerateArray()
            .Select(m => new Municipality(m.GetProperty("code").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("countyCode").GetString()!))
            .OrderBy(m => m.Code, StringComparer.Ordinal);

        Assert.Equal(expected, Municipalities.All);
        Assert.Equal(290, Municipalities.All.Count);
    }

    [Fact]
    public void Counties_are_the_21_of_the_code_list()
    {
        using var shared = Load("municipalities.json");
        var expected = shared.RootElement.GetProperty("counties").EnumerateArray()
            .Select(c => new County(c.GetProperty("code").GetString()!, c.GetProperty("name").GetString()!))
            .OrderBy(c => c.Code, StringComparer.Ordinal);

        Assert.Equal(expected, Counties.All);
        Assert.Equal(21, Counties.All.Count);
    }

    [Fact]
    public void Police_regions_cover_the_counties_of_the_code_list()
    {
        using var shared = Load("police.json");
        var regions = shared.RootElement.GetProperty("regions").EnumerateArray().ToList();

        Assert.Equal(Enum.GetValues<PoliceRegion>().Length, regions.Count);
        foreach (var region in regions)
        {
            var value = Enum.GetValues<PoliceRegion>().Single(r => RegionName(r) == region.GetProperty("name").GetString());
            var expected = region.GetProperty("countyCodes").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal);
            Assert.Equal(expected, PoliceRegions.CountyCodes(value));
        }
    }

    [Fact]
    public void Every_county_lies_in_exactly_one_police_region()
    {
        foreach (var county in Counties.All)
        {
            Assert.Single(Enum.GetValues<PoliceRegion>(), r => PoliceRegions.Covers(r, county.Code));
        }
    }

    [Fact]
    public void Known_organisation_numbers_are_those_of_the_code_list_and_pass_Luhn()
    {
        using var shared = Load("police.json");
        var expected = shared.RootElement.GetProperty("organisationNumbers").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!));

        Assert.Equal(expected, OrganisationNumbers.Known.Select(k => (k.Name, k.OrganisationNumber)));
        Assert.All(OrganisationNumbers.Known, k => Assert.True(OrganisationNumbers.HasValidCheckDigit(k.OrganisationNumber), k.OrganisationNumber));
        Assert.Equal("1384", OrganisationNumbers.FindKnown("212000-1256")!.MunicipalityCode);
        Assert.Equal("1285", OrganisationNumbers.FindKnown("212000-1173")!.MunicipalityCode);
        Assert.Null(OrganisationNumbers.FindKnown(OrganisationNumbers.PoliceAuthority)!.MunicipalityCode);
    }

    [Fact]
    public void Find_looks_up_by_code()
    {
        Assert.Equal(new Municipality("1278", "Båstad", "12"), Municipalities.Find("1278"));
        Assert.Equal("0114", Municipalities.Find("0114")!.Code);
        Assert.Equal("2584", Municipalities.Find("2584")!.Code);
        Assert.Null(Municipalities.Find("1299"));
        Assert.Null(Municipalities.Find("278"));
        Assert.Equal("Skåne län", Counties.Find("12")!.Name);
        Assert.Null(Counties.Find("02"));
        Assert.Equal(PoliceRegion.Syd, PoliceRegions.FindByCounty("12"));
        Assert.Null(PoliceRegions.FindByCounty("99"));
    }

    [Theory]
    [InlineData("1278", "Båstads kommun")]
    [InlineData("1278", "Båstad")]
    [InlineData("1278", "BÅSTADS KOMMUN")]
    [InlineData("1280", "Malmö stad")]
    [InlineData("1480", "Göteborgs Stad")]
    [InlineData("0980", "Region Gotland")]
    [InlineData("2080", "Falu kommun")]
    [InlineData("1883", "Karlskoga kommun")]
    [InlineData("1282", "Landskrona stad")]
    [InlineData("0139", "Upplands-Bro kommun")]
    [InlineData("1984", "Arboga kommun")]
    [InlineData("2183", "Bollnäs kommun")]
    [InlineData("0880", "Kalmar kommun")]
    public void Published_forms_of_a_name_name_their_municipality(string code, string name)
    {
        Assert.True(Municipalities.IsNameOf(Municipalities.Find(code)!, name));
        Assert.Equal(code, Municipalities.FindByName(name)!.Code);
    }

    [Theory]
    [InlineData("Kommunen")]
    [InlineData("Kommunstyrelsen")]
    [InlineData("")]
    [InlineData("Region Skåne")]
    public void A_name_that_is_no_municipalitys_finds_none(string name)
    {
        Assert.Null(Municipalities.FindByName(name));
    }

    [Theory]
    [InlineData("202100-0076", true)]
    [InlineData("212000-1256", true)]
    [InlineData("212000-1173", true)]
    [InlineData("212000-1257", false)]
    [InlineData("202100-0077", false)]
    [InlineData("2021000076", false)]
    [InlineData("202100_0076", false)]
    [InlineData("20210-00076", false)]
    [InlineData("２02100-0076", false)]
    [InlineData("", false)]
    public void Luhn_check_digit(string number, bool valid)
    {
        Assert.Equal(valid, OrganisationNumbers.HasValidCheckDigit(number));
    }

    private static string RegionName(PoliceRegion region) => region switch
    {
        PoliceRegion.Ost => "Öst",
        PoliceRegion.Vast => "Väst",
        _ => region.ToString(),
    };
}
