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
        SiteKind.ReferenceNumberParty => JsonPointer.Append(AgreementPointers.ReferenceNumber(Index), "party"),
        SiteKind.SourcePublisher => JsonPointer.Append(AgreementPointers.Source(Index), "publisher"),
        SiteKind.CommitmentResponsibleParty => AgreementPointers.Item(AgreementPointers.Commitment(Index), "responsibleParties", Item),
        SiteKind.ChannelOwner => JsonPointer.Append(AgreementPointers.Channel(Index), "owner"),
        SiteKind.GovernanceBodyMember => AgreementPointers.Item(AgreementPointers.GovernanceBody(Index), "members", Item),
        SiteKind.ContactParty => JsonPointer.Append(AgreementPointers.Contact(Index), "party"),
        SiteKind.SignatureParty => JsonPointer.Append(AgreementPointers.Signature(Index), "party"),
        SiteKind.CommitmentPriorityArea => JsonPointer.Append(AgreementPointers.Commitment(Index), "priorityArea"),
        SiteKind.GoalPriorityArea => JsonPointer.Append(AgreementPointers.Goal(Index), "priorityArea"),
        SiteKind.FindingSource => AgreementPointers.Item(AgreementPointers.Finding(Index), "sources", Item),
        SiteKind.CommitmentPartner => AgreementPointers.Item(AgreementPointers.Commitment(Index), "partners", Item),
        SiteKind.TargetResponsibleParty => AgreementPointers.Item(AgreementPointers.Target(Index, Inner), "responsibleParties", Item),
        SiteKind.TargetPartner => AgreementPointers.Item(AgreementPointers.Target(Index, Inner), "partners", Item),
        SiteKind.TargetOccurrenceOf => JsonPointer.Append(AgreementPointers.Target(Index, Inner), "occurrenceOf"),
        _ => AgreementPointers.Item(AgreementPointers.PriorityArea(Index), "findings", Item),
    };
}
