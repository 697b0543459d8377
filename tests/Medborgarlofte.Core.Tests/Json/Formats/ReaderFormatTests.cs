using System;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Json.Formats;

/// <summary>
/// The reader is the one gate: every format the published schema gives a value (an id's pattern, e-mail, URI,
/// kommunkod, organisationsnummer, content hash, language tags, a target's value above 0) is its check, reported
/// with the code users have always seen for it. The value is kept, so validation's rules still judge the rest.
/// </summary>
public sealed class ReaderFormatTests
{
    [Theory]
    [InlineData("\"id\": \"test-2024\"", "\"id\": \"test 2024\"", "ML2005", "/id")]
    [InlineData("\"id\": \"c1\"", "\"id\": \"-c1\"", "ML2005", "/commitments/0/id")]
    [InlineData("\"id\": \"c1\"", "\"id\": \"c1\\n\"", "ML2005", "/commitments/0/id")]
    [InlineData("\"id\": \"c1\"", "\"id\": \"c1\", \"priorityArea\": \"å\"", "ML2005", "/commitments/0/priorityArea")]
    [InlineData("\"polisen\"\n      ]", "\"polisen\", \"kommun en\"\n      ]", "ML2005", "/commitments/0/responsibleParties/1")]
    [InlineData("\"municipalityCode\": \"1278\"", "\"municipalityCode\": \"127\"", "ML4003", "/parties/0/identifiers/municipalityCode")]
    [InlineData("\"municipalityCode\": \"1278\"", "\"municipalityCode\": \"1278\", \"organisationNumber\": \"2120000-1234\"", "ML4006", "/parties/0/identifiers/organisationNumber")]
    [InlineData("\"value\": 1,", "\"value\": 0,", "ML6001", "/commitments/0/targets/0/value")]
    [InlineData("\"value\": 1,", "\"value\": -2.5,", "ML6001", "/commitments/0/targets/0/value")]
    [InlineData("\"sv\": \"Medborgarlöfte 2024\"", "\"sv\": \"Medborgarlöfte 2024\", \"EN\": \"x\"", "ML8005", "/title/EN")]
    [InlineData("\"sv\": \"Medborgarlöfte 2024\"", "\"sv\": \"Medborgarlöfte 2024\", \"en-a\": \"x\"", "ML8005", "/title/en-a")]
    public void A_value_not_of_its_format_is_reported_by_the_reader_and_the_rules_still_run(string find, string replace, string code, string pointer)
    {
        var json = Replace(find, replace);

        var read = AgreementJson.Read(json);
        var report = AgreementValidator.Validate(json, new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.False(read.Success);
        Assert.Contains(read.Diagnostics, d => d.Code == code && d.Pointer == pointer && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(1, report.Diagnostics.Count(d => d.Code == code && d.Pointer == pointer));
        Assert.False(report.IsValid);
        Assert.NotNull(report.Agreement);
        Assert.Contains(report.Diagnostics, d => d.Code == "ML8001"); // a rule ran
    }

    [Fact]
    public void E_mail_addresses_URIs_and_content_hashes_are_checked_where_the_schema_names_them()
    {
        var json = Replace(
            "\"kind\": \"promise\",",
            "\"kind\": \"promise\", \"contacts\": [{\"name\": \"A\", \"email\": \"a@@b\"}], \"attachments\": [{\"title\": {\"sv\": \"Bilaga\"}, \"url\": \"bilaga.pdf\"}], \"signatures\": [{\"party\": \"kommunen\", \"contentHash\": \"sha256:ABC\"}],");

        var codes = AgreementJson.Read(json).Diagnostics.Select(d => (d.Code, d.Pointer)).ToList();

        Assert.Contains(("ML2006", "/contacts/0/email"), codes);
        Assert.Contains(("ML2006", "/attachments/0/url"), codes);
        Assert.Contains(("ML7006", "/signatures/0/contentHash"), codes);
    }

    [Fact]
    public void A_malformed_content_hash_is_reported_once_not_again_as_changed_content()
    {
        var json = Replace("\"kind\": \"promise\",", "\"kind\": \"promise\", \"signatures\": [{\"party\": \"kommunen\", \"contentHash\": \"sha256:ABC\"}],");

        var report = AgreementValidator.Validate(json, new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        var hash = Assert.Single(report.Diagnostics, d => d.Code == "ML7006");
        Assert.Contains("sha256: följt av 64", hash.Message.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_language_keys_are_found_where_they_are_and_every_time()
    {
        var json = Replace("\"sv\": \"Medborgarlöfte 2024\"", "\"sv\": \"Medborgarlöfte 2024\", \"en_GB\": \"Citizen promise\", \"fi\": \"Kansalaislupaus\"")
            .Replace("\"sv\": \"Lokalpolisområde Ängelholm\"", "\"sv\": \"Lokalpolisområde Ängelholm\", \"en_GB\": \"Local police area\"", StringComparison.Ordinal)
            .Replace("\"sv\": \"Polisen åtar sig", "\"x!\": \"?\", \"sv\": \"Polisen åtar sig", StringComparison.Ordinal);

        var read = AgreementJson.Read(json);

        Assert.Equal(
            ["/title/en_GB", "/parties/1/name/en_GB", "/commitments/0/text/x!"],
            read.Diagnostics.Where(d => d.Code == "ML8005").Select(d => d.Pointer));
    }

    [Fact]
    public void A_follow_up_checks_its_ids_and_evidence_the_same_way()
    {
        var json = """
            {"formatVersion": "1.0", "id": "f 1", "agreement": {"id": "a1", "revision": 1}, "asOf": "2024-06-30",
             "reportedBy": ["kommun en"],
             "observations": [{"target": "t1", "date": "2024-06-30", "value": 3, "evidence": "rapport.pdf"}]}
            """;

        var codes = FollowUpJson.Read(json).Diagnostics.Select(d => (d.Code, d.Pointer)).ToList();

        Assert.Contains(("ML2005", "/id"), codes);
        Assert.Contains(("ML2005", "/reportedBy/0"), codes);
        Assert.Contains(("ML2006", "/observations/0/evidence"), codes);
    }

    [Fact]
    public void A_well_formed_code_or_number_the_lists_do_not_know_is_still_the_rules_business()
    {
        var json = Replace("\"municipalityCode\": \"1278\"", "\"municipalityCode\": \"9999\", \"organisationNumber\": \"212000-0000\"");

        var read = AgreementJson.Read(json);
        var report = AgreementValidator.Validate(json, new ValidationOptions { AsOf = new NodaTime.LocalDate(2024, 6, 1) });

        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Code == "ML4003" && d.Message.English!.Contains("290", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Code == "ML4006" && d.Message.English!.Contains("Luhn", StringComparison.Ordinal));
    }

    private static string Replace(string find, string replace)
    {
        Assert.Contains(find, Documents.Minimal, StringComparison.Ordinal);
        return Documents.Minimal.Replace(find, replace, StringComparison.Ordinal);
    }
}
