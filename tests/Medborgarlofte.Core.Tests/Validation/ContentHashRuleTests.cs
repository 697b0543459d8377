using System.Linq;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>ML7006: a signed document whose content no longer matches the hash its signatures recorded.</summary>
public sealed class ContentHashRuleTests
{
    private static readonly ValidationOptions Options = new() { AsOf = new LocalDate(2024, 6, 1) };

    [Fact]
    public void A_document_signed_with_its_own_hash_passes()
    {
        var signed = Sign(ExampleFiles.Load("bastad-2024"));

        var report = AgreementValidator.Validate(AgreementJson.Write(signed), Options);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "ML7006");
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Medborgarlofte.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Publishing_after_signing_keeps_the_hash_valid()
    {
        var signed = Sign(ExampleFiles.Load("bastad-2024"));
        var published = signed with { Revision = signed.Revision with { Status = RevisionStatus.Published } };

        Assert.DoesNotContain(AgreementValidator.Validate(published, Options).Diagnostics, d => d.Code == "ML7006");
    }

    [Fact]
    public void Changing_a_commitment_after_signing_is_reported_at_every_recorded_hash()
    {
        var signed = Sign(ExampleFiles.Load("bastad-2024"));
        var changed = signed with { Commitments = [signed.Commitments[0] with { Text = new LocalizedText("Ändrad text.") }, .. signed.Commitments.AsSpan()[1..]] };

        var found = AgreementValidator.Validate(changed, Options).Diagnostics.Where(d => d.Code == "ML7006").Select(d => d.Pointer);

        Assert.Equal(["/signatures/0/contentHash", "/signatures/1/contentHash"], found);
    }

    private static Agreement Sign(Agreement agreement)
    {
        var hash = ContentHash.Compute(agreement);
        return agreement with { Signatures = [.. agreement.Signatures.AsSpan().ToArray().Select(s => s with { ContentHash = hash })] };
    }
}
