using System.Linq;
using Medborgarlofte.Json;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Revisions;

public sealed class AgreementComparerTests
{
    /// <summary>Kungsbacka revised: 2.1 removed, 4.3 added, 3.2's target raised to 2 a week, valid half a year longer, signed by the municipality.</summary>
    internal static Agreement Revised(Agreement original)
    {
        var commitments = original.Commitments
            .Where(c => c.Id != "c2.1")
            .Select(c => c.Id == "c3.2" ? c with { Targets = [c.Targets[0] with { Value = 2 }] } : c)
            .Append(new Commitment
            {
                Id = "c4.3",
                Number = "4.3",
                PriorityArea = "pa4",
                Text = new LocalizedText("Polisen lovar att genomföra två trygghetsvandringar i Kungsbacka centrum."),
                ResponsibleParties = ["polisen"],
            });
        return original with
        {
            Commitments = commitments.ToArray(),
            Validity = original.Validity with { End = new LocalDate(2021, 6, 30) },
            Signatures =
            [
                new Signature { Party = "kommunen", Name = "Hans Hansson", Title = new("Kommunstyrelsens ordförande"), Place = "Kungsbacka", Date = new LocalDate(2019, 2, 1) },
            ],
        };
    }

    [Fact]
    public void A_revision_lists_exactly_what_was_added_removed_and_changed_with_ids_and_pointers()
    {
        var older = ExampleFiles.Load("kungsbacka-2019-2020");

        var diff = AgreementComparer.Compare(older, Revised(older));

        Assert.Equal(
            [
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Validity, Pointer = "/validity/end", Before = "2020-12-31", After = "2021-06-30" },
                new Change { Kind = ChangeKind.Removed, Area = ChangeArea.Commitments, Id = "c2.1", Pointer = "/commitments/2", Before = "2.1 " + older.Commitments[2].Text.Swedish },
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Targets, Id = "t3.2", Pointer = "/commitments/3/targets/0/value", Before = "1", After = "2" },
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.Commitments, Id = "c4.3", Pointer = "/commitments/6", After = "4.3 Polisen lovar att genomföra två trygghetsvandringar i Kungsbacka centrum." },
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.Signatures, Id = "kommunen", Pointer = "/signatures/0", After = "Hans Hansson, Kommunstyrelsens ordförande, Kungsbacka kommun, Kungsbacka 2019-02-01" },
            ],
            diff.Changes);
        Assert.Equal("kungsbacka-2019-2020", diff.OlderId);
        Assert.Equal(1, diff.NewerRevision);
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void The_pointers_resolve_in_the_newer_document_and_a_removal_in_the_older()
    {
        var older = ExampleFiles.Load("kungsbacka-2019-2020");
        var newer = Revised(older);
        using var olderJson = System.Text.Json.JsonDocument.Parse(AgreementJson.Write(older));
        using var newerJson = System.Text.Json.JsonDocument.Parse(AgreementJson.Write(newer));

        foreach (var change in AgreementComparer.Compare(older, newer).Changes)
        {
            var root = change.Kind == ChangeKind.Removed ? olderJson.RootElement : newerJson.RootElement;
            var element = root;
            foreach (var token in JsonPointer.Parse(change.Pointer)!)
            {
                element = element.ValueKind == System.Text.Json.JsonValueKind.Array ? element[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : element.GetProperty(token);
            }

            if (change.Id is not null && element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                Assert.Equal(change.Id, element.TryGetProperty("id", out var id) ? id.GetString() : element.GetProperty("party").GetString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void An_example_compared_with_itself_read_again_has_no_changes(string name)
    {
        var diff = AgreementComparer.Compare(ExampleFiles.Load(name), AgreementJson.Read(ExampleFiles.Bytes(name)).GetValueOrThrow());

        Assert.False(diff.HasChanges);
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void A_changed_text_is_reported_at_its_language()
    {
        var older = ExampleFiles.Load("bastad-2024");
        var newer = older with
        {
            Parties = older.Parties.Select(p => p.Id == "kommunen" ? p with { Name = new LocalizedText("Båstad kommun") } : p).ToArray(),
            Commitments = older.Commitments.Select(c => c.Id == "c6" ? c with { Text = c.Text.With("en", "The police will focus on speed checks.") } : c).ToArray(),
        };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(
            [
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Parties, Id = "kommunen", Pointer = "/parties/0/name/sv", Before = "Båstads kommun", After = "Båstad kommun" },
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.Commitments, Id = "c6", Pointer = "/commitments/5/text/en", After = "The police will focus on speed checks." },
            ],
            changes);
    }

    [Fact]
    public void A_moved_commitment_is_changed_in_position_and_the_others_are_not()
    {
        var older = ExampleFiles.Load("hoor-2023-2024");
        var newer = older with { Commitments = [older.Commitments[0], older.Commitments[2], older.Commitments[3], older.Commitments[1]] };

        var change = Assert.Single(AgreementComparer.Compare(older, newer).Changes);

        Assert.Equal(new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Commitments, Id = "c2", Pointer = "/commitments/3", Before = "position 2", After = "position 4" }, change);
    }

    [Fact]
    public void Added_and_removed_properties_lists_targets_and_priority_areas()
    {
        var older = ExampleFiles.Load("bastad-2024");
        var newer = older with
        {
            PriorityAreas = [.. older.PriorityAreas, new PriorityArea { Id = "pa5", Number = "5", Title = new("Bedrägerier mot äldre") }],
            Commitments = older.Commitments.Select(c => c.Id switch
            {
                "c5" => c with { Targets = default, Purpose = new("Komplettera lägesbilden.") },
                "c6" => c with { ResponsibleParties = ["polisen", "kommunen"] },
                _ => c,
            }).ToArray(),
        };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(
            [
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.PriorityAreas, Id = "pa5", Pointer = "/priorityAreas/4", After = "5 Bedrägerier mot äldre" },
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.Commitments, Id = "c5", Pointer = "/commitments/4/purpose", After = "Komplettera lägesbilden." },
                new Change { Kind = ChangeKind.Removed, Area = ChangeArea.Targets, Id = "t5", Pointer = "/commitments/4/targets/0", Before = "minst 2 medborgardialoger under 2024" },
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Commitments, Id = "c6", Pointer = "/commitments/5/responsibleParties", Before = "polisen", After = "polisen; kommunen" },
            ],
            changes);
    }

    [Fact]
    public void Revision_status_and_signature_hash_are_changes_too()
    {
        var older = ExampleFiles.Load("svalov-2020");
        var newer = older with
        {
            Revision = older.Revision with { Number = 2, Status = RevisionStatus.Signed },
            Signatures = [older.Signatures[0] with { ContentHash = "sha256:" + new string('a', 64) }],
        };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(
            [
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Revision, Pointer = "/revision/number", Before = "1", After = "2" },
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Revision, Pointer = "/revision/status", Before = "published", After = "signed" },
                new Change { Kind = ChangeKind.Removed, Area = ChangeArea.Signatures, Id = "kommunen", Pointer = "/signatures/1", Before = "Teddy Nilsson, Ordf. Kommunstyrelsen, Svalövs kommun" },
                new Change { Kind = ChangeKind.Added, Area = ChangeArea.Signatures, Id = "polisen", Pointer = "/signatures/0/contentHash", After = "sha256:" + new string('a', 64) },
            ],
            changes);
    }

    [Fact]
    public void Numbers_compare_by_value()
    {
        var older = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var newer = AgreementJson.Read(Documents.Minimal.Replace("\"value\": 1,", "\"value\": 1.0,", System.StringComparison.Ordinal)).GetValueOrThrow();

        Assert.Empty(AgreementComparer.Compare(older, newer).Changes);
    }

    [Fact]
    public void Everything_else_is_other_goals_matched_by_id()
    {
        var older = ExampleFiles.Load("bastad-2024");
        var newer = older with
        {
            Title = new("Medborgarlöfte 2024–2025"),
            Goals = older.Goals.Select(g => g.Id == "g4" ? g with { FollowUp = new("Följs upp i brottsstatistiken varje kvartal.") } : g).ToArray(),
        };

        var changes = AgreementComparer.Compare(older, newer).Changes;

        Assert.Equal(
            [
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Other, Pointer = "/title/sv", Before = "Medborgarlöfte 2024", After = "Medborgarlöfte 2024–2025" },
                new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Other, Id = "g4", Pointer = "/goals/3/followUp/sv", Before = "Detta kommer följas upp i brottsstatistiken.", After = "Följs upp i brottsstatistiken varje kvartal." },
            ],
            changes);
    }
}
