using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>The look-ups of commitments and targets, built in one pass, hold what a plain walk of the model finds.</summary>
public sealed class ValidationContextTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 1)]
    [InlineData(3, 20)] // more targets than commitments: the buffers grow
    [InlineData(12, 2)] // over eight ids: the table, not the search in place
    [InlineData(40, 3)]
    public void Commitments_and_targets_are_found_where_they_stand(int commitments, int targetsEach)
    {
        var agreement = Agreement(commitments, targetsEach);

        var context = Context(agreement);

        var expected = agreement.Commitments
            .SelectMany((c, ci) => c is null ? [] : c.Targets.Select((t, ti) => (t, ci, ti)))
            .ToList();
        Assert.Equal(expected.Count, context.Targets.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (target, ci, ti) = expected[i];
            Assert.Same(target, context.Targets[i].Target);
            Assert.Equal((ci, ti), (context.Targets[i].CommitmentIndex, context.Targets[i].TargetIndex));
            Assert.Equal(target?.Id, context.Targets.IdAt(i));
        }

        Assert.Equal(agreement.Commitments.Count, context.Commitments.Count);
        for (var i = 0; i < agreement.Commitments.Count; i++)
        {
            Assert.Equal(agreement.Commitments[i]?.Id, context.Commitments.IdAt(i));
        }

        Assert.Equal(Repeats(agreement.Commitments.Select(c => c?.Id)), context.Commitments.DuplicateIndexes);
        Assert.Equal(Repeats(expected.Select(e => e.t?.Id)), context.Targets.DuplicateIndexes);
        Assert.True(context.Targets.TryFind("t1-0", out var found, out var index) || targetsEach == 0);
        if (targetsEach > 0)
        {
            Assert.Equal((1, 0), (found.CommitmentIndex, found.TargetIndex));
            Assert.Equal(expected.FindIndex(e => e.t?.Id == "t1-0"), index);
        }
    }

    [Fact]
    public void Nulls_in_a_model_built_in_code_leave_their_places_empty()
    {
        var agreement = Agreement(4, 2);
        var second = agreement.Commitments[1];
        agreement = agreement with
        {
            Commitments = [agreement.Commitments[0], null!, second with { Targets = [null!, second.Targets[1]] }, agreement.Commitments[3]],
        };

        var context = Context(agreement);

        Assert.Null(context.Commitments.IdAt(1));
        Assert.Equal(6, context.Targets.Count);
        Assert.Null(context.Targets[2].Target);
        Assert.Null(context.Targets.IdAt(2));
        Assert.Equal((2, 1), (context.Targets[3].CommitmentIndex, context.Targets[3].TargetIndex));
        Assert.Empty(context.Targets.DuplicateIndexes);
    }

    /// <summary>Commitment <c>i</c> has id <c>c{i % 10}</c> (so that ids repeat past ten) and targets <c>t{i}-{j}</c>, with <c>t0-0</c> given again by commitment 2.</summary>
    private static Agreement Agreement(int commitments, int targetsEach)
    {
        var minimal = AgreementJson.Read(JsonNode.Parse(Documents.Minimal)!.ToJsonString()).GetValueOrThrow();
        var template = minimal.Commitments[0];
        return minimal with
        {
            Commitments = [.. Enumerable.Range(0, commitments).Select(i => template with
            {
                Id = "c" + (i % 10),
                Targets = [.. Enumerable.Range(0, targetsEach).Select(j => new Target
                {
                    Id = i == 2 && j == 1 ? "t0-0" : $"t{i}-{j}",
                    Kind = TargetKind.Qualitative,
                    Text = new("ett mål"),
                })],
            })],
        };
    }

    private static List<int> Repeats(IEnumerable<string?> ids)
    {
        var seen = new HashSet<string>();
        return ids.Select((id, i) => (id, i)).Where(p => p.id is not null && !seen.Add(p.id)).Select(p => p.i).ToList();
    }

    private static ValidationContext Context(Agreement agreement) =>
        new(agreement, new LocalDate(2026, 1, 1), SeverityPolicy.Defaults, new List<Diagnostic>());
}
