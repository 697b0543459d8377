using System;
using System.Buffers;

namespace Medborgarlofte.Validation;

/// <summary>
/// Every reference by id in an agreement, gathered in one pass into arrays rented from the pool, one for each
/// kind of id referred to, which <see cref="Dispose"/> gives back. Pooled, to avoid fresh large-object-heap memory
/// per validation; by kind, so that each rule reads only the references it checks.
/// </summary>
internal sealed class ReferenceSites : IDisposable
{
    private const int KindCount = (int)ReferenceKind.Target + 1;

    private readonly ReferenceSite[][] _items = new ReferenceSite[KindCount][];
    private readonly int[] _counts = new int[KindCount];

    private ReferenceSites(int commitments)
    {
        // A commitment names a priority area and a party or two; sources and findings are few.
        _items[(int)ReferenceKind.Party] = ArrayPool<ReferenceSite>.Shared.Rent(Math.Max(16, commitments * 2));
        _items[(int)ReferenceKind.PriorityArea] = ArrayPool<ReferenceSite>.Shared.Rent(Math.Max(16, commitments));
        _items[(int)ReferenceKind.Source] = ArrayPool<ReferenceSite>.Shared.Rent(16);
        _items[(int)ReferenceKind.Finding] = ArrayPool<ReferenceSite>.Shared.Rent(16);
        _items[(int)ReferenceKind.Partner] = ArrayPool<ReferenceSite>.Shared.Rent(16);
        _items[(int)ReferenceKind.Target] = ArrayPool<ReferenceSite>.Shared.Rent(16);
    }

    /// <summary>Gets the sites that refer to one kind of id, in document order.</summary>
    /// <param name="kind">The kind of id referred to.</param>
    internal ReadOnlySpan<ReferenceSite> Of(ReferenceKind kind) => _items[(int)kind].AsSpan(0, _counts[(int)kind]);

    /// <summary>Gives the arrays back, cleared so that the pool keeps no ids alive.</summary>
    public void Dispose()
    {
        for (var k = 0; k < KindCount; k++)
        {
            if (_items[k] is { Length: > 0 } items)
            {
                ArrayPool<ReferenceSite>.Shared.Return(items, clearArray: true);
                _items[k] = [];
                _counts[k] = 0;
            }
        }
    }

    internal static ReferenceSites Collect(Agreement agreement)
    {
        var sites = new ReferenceSites(agreement.Commitments.Count);
        for (var i = 0; i < agreement.ReferenceNumbers.Count; i++)
        {
            Add(sites, SiteKind.ReferenceNumberParty, agreement.ReferenceNumbers[i]?.Party, i, -1);
        }

        if (agreement.SituationPicture is { } picture)
        {
            for (var i = 0; i < picture.Sources.Count; i++)
            {
                Add(sites, SiteKind.SourcePublisher, picture.Sources[i]?.Publisher, i, -1);
            }

            for (var i = 0; i < picture.Findings.Count; i++)
            {
                AddAll(sites, SiteKind.FindingSource, picture.Findings[i]?.Sources ?? default, i);
            }
        }

        for (var i = 0; i < agreement.PriorityAreas.Count; i++)
        {
            AddAll(sites, SiteKind.PriorityAreaFinding, agreement.PriorityAreas[i]?.Findings ?? default, i);
        }

        for (var i = 0; i < agreement.Commitments.Count; i++)
        {
            var commitment = agreement.Commitments[i];
            if (commitment is null)
            {
                continue;
            }

            Add(sites, SiteKind.CommitmentPriorityArea, commitment.PriorityArea, i, -1);
            AddAll(sites, SiteKind.CommitmentResponsibleParty, commitment.ResponsibleParties, i);
            AddAll(sites, SiteKind.CommitmentPartner, commitment.Partners, i);
            for (var t = 0; t < commitment.Targets.Count; t++)
            {
                if (commitment.Targets[t] is not { } target)
                {
                    continue;
                }

                AddAll(sites, SiteKind.TargetResponsibleParty, target.ResponsibleParties, i, t);
                AddAll(sites, SiteKind.TargetPartner, target.Partners, i, t);
                if (target.OccurrenceOf is { } occurrenceOf)
                {
                    sites.Append(new ReferenceSite(SiteKind.TargetOccurrenceOf, occurrenceOf, i, -1, t));
                }
            }
        }

        for (var i = 0; i < agreement.Goals.Count; i++)
        {
            Add(sites, SiteKind.GoalPriorityArea, agreement.Goals[i]?.PriorityArea, i, -1);
        }

        var channels = agreement.Communication?.Channels ?? default;
        for (var i = 0; i < channels.Count; i++)
        {
            Add(sites, SiteKind.ChannelOwner, channels[i]?.Owner, i, -1);
        }

        var bodies = agreement.Governance?.Bodies ?? default;
        for (var i = 0; i < bodies.Count; i++)
        {
            AddAll(sites, SiteKind.GovernanceBodyMember, bodies[i]?.Members ?? default, i);
        }

        for (var i = 0; i < agreement.Contacts.Count; i++)
        {
            Add(sites, SiteKind.ContactParty, agreement.Contacts[i]?.Party, i, -1);
        }

        for (var i = 0; i < agreement.Signatures.Count; i++)
        {
            Add(sites, SiteKind.SignatureParty, agreement.Signatures[i]?.Party, i, -1);
        }

        return sites;
    }

    private static void Add(ReferenceSites sites, SiteKind site, string? id, int index, int item)
    {
        if (id is not null)
        {
            sites.Append(new ReferenceSite(site, id, index, item));
        }
    }

    private void Append(ReferenceSite site)
    {
        var kind = (int)site.Kind;
        ref var items = ref _items[kind];
        if (_counts[kind] == items.Length)
        {
            var grown = ArrayPool<ReferenceSite>.Shared.Rent(items.Length * 2);
            items.AsSpan().CopyTo(grown);
            ArrayPool<ReferenceSite>.Shared.Return(items, clearArray: true);
            items = grown;
        }

        items[_counts[kind]++] = site;
    }

    private static void AddAll(ReferenceSites sites, SiteKind site, EquatableArray<string> ids, int index, int inner = -1)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            if (ids[j] is { } id)
            {
                sites.Append(new ReferenceSite(site, id, index, j, inner));
            }
        }
    }
}
