using System;
using System.IO;
using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Revisions;

/// <summary>The diff over format 1.1's fields: signatures by party and position, partners and reservations by id.</summary>
public sealed class PublishedFieldsDiffTests
{
    private static readonly Lazy<Agreement> Base = new(() =>
        AgreementJson.Read(File.ReadAllText(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "format-1.1", "every-addition.json"))).GetValueOrThrow());

    private static Agreement TwoNamedSigners => Base.Value with
    {
        Signatures =
        [
            new Signature { Party = "kommunen", Name = "Anna Andersson", Title = new("Kommunstyrelsens ordförande") },
            new Signature { Party = "kommunen", Name = "Bo Berg", Title = new("Kommundirektör") },
            new Signature { Party = "polisen", Status = SignatureStatus.Missing },
        ],
    };

    [Fact]
    public void Swapping_two_signers_of_one_party_is_one_change()
    {
        var older = TwoNamedSigners;
        var newer = older with { Signatures = [older.Signatures[1], older.Signatures[0], older.Signatures[2]] };

        var diff = AgreementComparer.Compare(older, newer);
        var change = Assert.Single(diff.Changes);

        Assert.Equal(ChangeArea.Signatures, change.Area);
        Assert.Equal("kommunen", change.Id);
        Assert.Equal(ChangeKind.Changed, change.Kind);

        // The move names who moved: the party alone does not say which of its signatories it was.
        var who = change.Before!.Contains("Anna Andersson", StringComparison.Ordinal) ? "Anna Andersson" : "Bo Berg";
        Assert.EndsWith("(" + who + ")", change.Before, StringComparison.Ordinal);
        Assert.EndsWith("(" + who + ")", change.After!, StringComparison.Ordinal);

        var markdown = DiffMarkdownRenderer.Render(diff);
        Assert.Contains("1 ändring / change.", markdown, StringComparison.Ordinal);
        Assert.Contains("`kommunen` `" + change.Pointer + "`: " + change.Before + " → " + change.After, markdown, StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(AgreementDiffJson.Write(diff));
        var only = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray().ToList());
        Assert.Equal("signatures", only.GetProperty("area").GetString());
        Assert.Equal(change.Before, only.GetProperty("before").GetString());
    }

    [Fact]
    public void Swapping_the_two_signers_of_each_party_is_one_change_a_party()
    {
        var older = TwoNamedSigners with
        {
            Signatures = [.. TwoNamedSigners.Signatures.Take(2), new Signature { Party = "polisen", Name = "Carl Ek" }, new Signature { Party = "polisen", Name = "Dora Fors" }],
        };
        var newer = older with { Signatures = [older.Signatures[1], older.Signatures[0], older.Signatures[3], older.Signatures[2]] };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(["kommunen", "polisen"], changes.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_corrected_name_of_one_of_two_signers_is_one_change_at_that_name()
    {
        var older = TwoNamedSigners;
        var newer = older with { Signatures = [older.Signatures[0], older.Signatures[1] with { Name = "Bo Bergström" }, older.Signatures[2]] };

        var change = Assert.Single(AgreementComparer.Compare(older, newer).Changes);

        Assert.Equal("/signatures/1/name", change.Pointer);
        Assert.Equal("Bo Berg", change.Before);
        Assert.Equal("Bo Bergström", change.After);
    }

    [Fact]
    public void A_signature_found_in_another_copy_is_one_change_of_its_status_and_name()
    {
        var older = TwoNamedSigners;
        var newer = older with { Signatures = [older.Signatures[0], older.Signatures[1], new Signature { Party = "polisen", Status = SignatureStatus.Signed, Name = "Carl Ek" }] };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(["/signatures/2/name", "/signatures/2/status"], changes.Select(c => c.Pointer).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Partners_and_reservations_are_matched_by_id()
    {
        var older = Base.Value;
        var newer = older with
        {
            Partners = [older.Partners[1], older.Partners[0] with { Name = new("Räddningstjänsten Storort-Lillort") }],
            Reservations = [older.Reservations[1]],
        };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Contains(changes, c => c.Pointer == "/partners/1/name/sv" && c.Id == "rtj");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Removed && c.Pointer == "/reservations/0" && c.Before == "Om läget förändras kan insatserna prioriteras om.");
        Assert.DoesNotContain(changes, c => c.Pointer.StartsWith("/reservations/1", StringComparison.Ordinal) && c.Kind == ChangeKind.Changed && c.Pointer != "/reservations/0");
    }

    [Theory]
    [InlineData("/headings/commitments/sv")]
    [InlineData("/validity/sentence/sv")]
    [InlineData("/commitments/0/targets/0/modality")]
    [InlineData("/signatures/0/placeAndDate")]
    [InlineData("/followUpPlan/evaluation/due")]
    public void Every_new_field_is_compared(string pointer)
    {
        var older = Base.Value;
        var newer = pointer switch
        {
            "/headings/commitments/sv" => older with { Headings = older.Headings! with { Commitments = new("Våra löften") } },
            "/validity/sentence/sv" => older with { Validity = older.Validity with { Sentence = new("Löftet gäller 2024.") } },
            "/commitments/0/targets/0/modality" => older with { Commitments = [older.Commitments[0] with { Targets = [older.Commitments[0].Targets[0] with { Modality = Modality.Shall }, older.Commitments[0].Targets[1]] }, older.Commitments[1]] },
            "/signatures/0/placeAndDate" => older with { Signatures = [older.Signatures[0] with { PlaceAndDate = "Orten 2024-02-27" }, older.Signatures[1], older.Signatures[2]] },
            _ => older with { FollowUpPlan = older.FollowUpPlan! with { Evaluation = older.FollowUpPlan!.Evaluation! with { Due = new NodaTime.LocalDate(2025, 1, 31) } } },
        };

        var change = Assert.Single(AgreementComparer.Compare(older, newer).Changes);

        Assert.Equal(pointer, change.Pointer);
    }
}
