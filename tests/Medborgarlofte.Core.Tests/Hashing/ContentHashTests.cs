using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Hashing;

/// <summary>What the content hash covers: the content, not the signatures and not the lifecycle status.</summary>
public sealed class ContentHashTests
{
    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void The_hash_is_sha256_and_64_lowercase_hex_digits_and_survives_a_round_trip(string name)
    {
        var agreement = ExampleFiles.Load(name);

        var hash = ContentHash.Compute(agreement);
        var reread = AgreementJson.Read(AgreementJson.WriteToUtf8Bytes(agreement)).GetValueOrThrow();

        Assert.Matches("^sha256:[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ContentHash.Compute(reread));
    }

    [Fact]
    public void The_hash_does_not_depend_on_whitespace_property_order_or_number_spelling()
    {
        var canonical = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var reordered = Documents.Minimal
            .Replace("\"value\": 1,", "\"value\": 1.0,", System.StringComparison.Ordinal)
            .Replace("\"formatVersion\": \"1.0\",\n  \"id\": \"test-2024\",", "\"id\": \"test-2024\", \"formatVersion\": \"1.0\",", System.StringComparison.Ordinal);
        var other = AgreementJson.Read(reordered).GetValueOrThrow();

        Assert.NotEqual(Documents.Minimal, reordered);
        Assert.Equal(ContentHash.Compute(canonical), ContentHash.Compute(other));
    }

    [Fact]
    public void The_hash_is_the_SHA256_of_the_canonical_JSON_without_signatures_and_status()
    {
        var agreement = ExampleFiles.Load("bastad-2024");

        var content = Encoding.UTF8.GetString(ContentHash.CanonicalContent(agreement));

        Assert.StartsWith("{\"commitments\":[", content, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"signatures\"", content, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", content, System.StringComparison.Ordinal);
        Assert.Contains("\"revision\":{\"clause\":{\"sv\":\"Det kan revideras om omständigheterna så kräver.\"},\"date\":\"2023-12-11\",\"number\":1}", content, System.StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(content);
        Assert.Equal(content, JsonCanonicalizer.Canonicalize(content));
        var expected = "sha256:" + System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content))).ToLowerInvariant();
        Assert.Equal(expected, ContentHash.Compute(agreement));
    }

    [Fact]
    public void Changing_a_commitment_text_changes_the_hash()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");
        var commitment = agreement.Commitments.Single(c => c.Id == "c3.2");
        var changed = agreement with
        {
            Commitments = agreement.Commitments.Select(c => c == commitment
                ? c with { Text = new LocalizedText(c.Text.Swedish.Replace("minst en trafikkontroll", "minst två trafikkontroller", System.StringComparison.Ordinal)) }
                : c).ToArray(),
        };

        Assert.NotEqual(agreement, changed);
        Assert.NotEqual(ContentHash.Compute(agreement), ContentHash.Compute(changed));
    }

    [Fact]
    public void Changing_a_target_value_or_the_validity_changes_the_hash()
    {
        var agreement = ExampleFiles.Load("bastad-2024");
        var longer = agreement with { Validity = agreement.Validity with { End = new LocalDate(2025, 6, 30) } };

        Assert.NotEqual(ContentHash.Compute(agreement), ContentHash.Compute(longer));
    }

    [Fact]
    public void Moving_the_status_on_or_adding_a_signature_does_not_change_the_hash()
    {
        var agreement = ExampleFiles.Load("bastad-2024");
        var hash = ContentHash.Compute(agreement);

        var superseded = agreement with { Revision = agreement.Revision with { Status = RevisionStatus.Superseded } };
        var thirdSignature = agreement with
        {
            Signatures = [.. agreement.Signatures, new Signature { Party = "region-skane", Name = "Anna Andersson", Place = "Båstad", Date = new LocalDate(2023, 12, 12) }],
        };
        var noSignatures = agreement with { Signatures = default };

        Assert.Equal(hash, ContentHash.Compute(superseded));
        Assert.Equal(hash, ContentHash.Compute(thirdSignature));
        Assert.Equal(hash, ContentHash.Compute(noSignatures));
    }

    [Fact]
    public void Extensions_are_content()
    {
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        using var extension = JsonDocument.Parse("""{"x-kommun:beslut": "KS 2024-01-15 § 3"}""");

        var extended = agreement with { Extensions = ExtensionData.FromJsonObject(extension.RootElement) };

        Assert.NotEqual(ContentHash.Compute(agreement), ContentHash.Compute(extended));
    }

    [Fact]
    public void Verify_is_empty_when_no_signature_recorded_a_hash()
    {
        Assert.Empty(ContentHash.Verify(ExampleFiles.Load("hoor-2023-2024")));
    }

    [Fact]
    public void Verify_reports_each_recorded_hash_and_whether_the_content_still_matches()
    {
        var agreement = ExampleFiles.Load("hoor-2023-2024");
        var hash = ContentHash.Compute(agreement);
        var signed = agreement with
        {
            Signatures = [agreement.Signatures[0] with { ContentHash = hash }, agreement.Signatures[1]],
        };
        var edited = signed with { Title = new LocalizedText("Medborgarlöften 2023 - 2025") };

        var ok = Assert.Single(ContentHash.Verify(signed));
        var broken = Assert.Single(ContentHash.Verify(edited));

        Assert.True(ok.Matches);
        Assert.Equal(0, ok.SignatureIndex);
        Assert.Equal("kommunen", ok.Party);
        Assert.Equal("/signatures/0/contentHash", ok.Pointer);
        Assert.False(broken.Matches);
        Assert.Equal(hash, broken.Recorded);
        Assert.NotEqual(hash, broken.Actual);
    }

    [Fact]
    public void Verify_matches_the_hash_recorded_in_the_file_after_a_round_trip_and_a_status_change()
    {
        var agreement = ExampleFiles.Load("svalov-2020");
        var hash = ContentHash.Compute(agreement);
        var json = AgreementJson.Write(agreement with
        {
            Revision = agreement.Revision with { Status = RevisionStatus.Signed },
            Signatures = agreement.Signatures.Select(s => s with { ContentHash = hash }).ToArray(),
        });
        Assert.Equal(2, Regex.Count(json, "\"contentHash\": \"sha256:[0-9a-f]{64}\""));

        var published = AgreementJson.Read(json).GetValueOrThrow() with { Revision = agreement.Revision };

        Assert.All(ContentHash.Verify(published), check => Assert.True(check.Matches));
        Assert.Equal(2, ContentHash.Verify(published).Count);
    }

    [Fact]
    public void An_agreement_without_canonical_form_does_not_match_and_does_not_throw_in_Verify()
    {
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        using var extension = JsonDocument.Parse("""{"huge": 1e400}""");
        var odd = agreement with
        {
            Extensions = ExtensionData.FromJsonObject(extension.RootElement),
            Signatures = [new Signature { Party = "kommunen", ContentHash = "sha256:" + new string('0', 64) }],
        };

        Assert.Throws<System.FormatException>(() => ContentHash.Compute(odd));
        var check = Assert.Single(ContentHash.Verify(odd));
        Assert.Null(check.Actual);
        Assert.False(check.Matches);
    }
}
