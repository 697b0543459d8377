using Medborgarlofte.Json;

namespace Medborgarlofte.Validation;

/// <summary>One reference by id in the document; the pointer is built only when reported.</summary>
/// <param name="Site">Where it stands.</param>
/// <param name="Id">The id referred to.</param>
/// <param name="Index">The position of the element holding the reference.</param>
/// <param name="Item">The position within the element's list of references, or -1 for a single reference.</param>
/// <param name="Inner">The target's position within its commitment (<see cref="Index"/>), for a reference held by a target.</param>
internal readonly record struct ReferenceSite(SiteKind Site, string Id, int Index, int Item, int Inner = -1)
{
    internal ReferenceKind Kind => Site switch
    {
        SiteKind.CommitmentPriorityArea or SiteKind.GoalPriorityArea => ReferenceKind.PriorityArea,
        SiteKind.FindingSource => ReferenceKind.Source,
        SiteKind.PriorityAreaFinding => ReferenceKind.Finding,
        SiteKind.CommitmentPartner or SiteKind.TargetPartner => ReferenceKind.Partner,
        SiteKind.TargetOccurrenceOf => ReferenceKind.Target,
        _ => ReferenceKind.Party,
    };

    internal string Pointer => Site switch
    {
        SiteKind.ReferenceNumberParty => JsonPointer.Append(JsonPointer.ReferenceNumber(Index), "party"),
        SiteKind.SourcePublisher => JsonPointer.Append(JsonPointer.Source(Index), "publisher"),
        SiteKind.CommitmentResponsibleParty => JsonPointer.Item(JsonPointer.Commitment(Index), "responsibleParties", Item),
        SiteKind.ChannelOwner => JsonPointer.Append(JsonPointer.Channel(Index), "owner"),
        SiteKind.GovernanceBodyMember => JsonPointer.Item(JsonPointer.GovernanceBody(Index), "members", Item),
        SiteKind.ContactParty => JsonPointer.Append(JsonPointer.Contact(Index), "party"),
        SiteKind.SignatureParty => JsonPointer.Append(JsonPointer.Signature(Index), "party"),
        SiteKind.CommitmentPriorityArea => JsonPointer.Append(JsonPointer.Commitment(Index), "priorityArea"),
        SiteKind.GoalPriorityArea => JsonPointer.Append(JsonPointer.Goal(Index), "priorityArea"),
        SiteKind.FindingSource => JsonPointer.Item(JsonPointer.Finding(Index), "sources", Item),
        SiteKind.CommitmentPartner => JsonPointer.Item(JsonPointer.Commitment(Index), "partners", Item),
        SiteKind.TargetResponsibleParty => JsonPointer.Item(JsonPointer.Target(Index, Inner), "responsibleParties", Item),
        SiteKind.TargetPartner => JsonPointer.Item(JsonPointer.Target(Index, Inner), "partners", Item),
        SiteKind.TargetOccurrenceOf => JsonPointer.Append(JsonPointer.Target(Index, Inner), "occurrenceOf"),
        _ => JsonPointer.Item(JsonPointer.PriorityArea(Index), "findings", Item),
    };
}
