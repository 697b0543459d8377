using System;
using System.Buffers;
using Medborgarlofte.Collections;
using Medborgarlofte.Model;

namespace Medborgarlofte.Validation;

/// <summary>
/// Every reference by id in an agreement, gathered in one pass into an array rented from the pool, which
/// <see cref="Dispose"/> gives back. Why pooled: at 10 000 commitments the sites take about 1 MB, and a fresh
/// megabyte per validation is zeroed memory on the large-object heap that pushes the model out of the cache.
/// </summary>
internal sealed class ReferenceSites : IDisposable
{
    private ReferenceSite[] _items;
    private int _count;

    private ReferenceSites(int capacity)
    {
        _items = ArrayPool<ReferenceSite>.Shared.Rent(Math.Max(16, capacity));
    }

    /// <summary>Gets the sites in document order.</summary>
    internal ReadOnlySpan<ReferenceSite> Sites => _items.AsSpan(0, _count);

    /// <summary>Gives the array back, cleared so that the pool keeps no ids alive.</summary>
    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<ReferenceSite>.Shared.Return(_items, clearArray: true);
            _items = [];
            _count = 0;
        }
    }

    internal static ReferenceSites Collect(Agreement agreement)
    {
        var sites = new ReferenceSites(agreement.Commitments.Count * 3);
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
        if (_count == _items.Length)
        {
            var grown = ArrayPool<ReferenceSite>.Shared.Rent(_items.Length * 2);
            Sites.CopyTo(grown);
            ArrayPool<ReferenceSite>.Shared.Return(_items, clearArray: true);
            _items = grown;
        }

        _items[_count++] = site;
    }

    private static void AddAll(ReferenceSites sites, SiteKind site, EquatableArray<string> ids, int index)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            Add(sites, site, ids[j], index, j);
        }
    }
}
