using System.Collections.Generic;
using Medborgarlofte.Collections;
using Medborgarlofte.Model;

namespace Medborgarlofte.Validation;

/// <summary>Gathers every reference by id in an agreement, in one pass.</summary>
internal static class ReferenceSites
{
    internal static List<ReferenceSite> Collect(Agreement agreement)
    {
        var sites = new List<ReferenceSite>(agreement.Commitments.Count * 2);
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

    private static void Add(List<ReferenceSite> sites, SiteKind site, string? id, int index, int item)
    {
        if (id is not null)
        {
            sites.Add(new ReferenceSite(site, id, index, item));
        }
    }

    private static void AddAll(List<ReferenceSite> sites, SiteKind site, EquatableArray<string> ids, int index)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            Add(sites, site, ids[j], index, j);
        }
    }
}
