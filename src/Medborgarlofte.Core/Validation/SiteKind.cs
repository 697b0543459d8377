namespace Medborgarlofte.Validation;

/// <summary>Where in the format a reference stands.</summary>
internal enum SiteKind
{
    ReferenceNumberParty,
    SourcePublisher,
    CommitmentResponsibleParty,
    ChannelOwner,
    GovernanceBodyMember,
    ContactParty,
    SignatureParty,
    CommitmentPriorityArea,
    GoalPriorityArea,
    FindingSource,
    PriorityAreaFinding,
    CommitmentPartner,
    TargetResponsibleParty,
    TargetPartner,
    TargetOccurrenceOf,
}
