using System.Collections.Generic;
using Medborgarlofte.Validation.Rules;

namespace Medborgarlofte.Validation;

/// <summary>The built-in rule set (regeluppsättning): one rule per code of <see cref="DiagnosticCodes"/>, run in code order.</summary>
public static class ValidationRules
{
    /// <summary>
    /// The version of the built-in rule set, written in every report. It changes when a rule is
    /// added or removed, or when a rule's severity or meaning changes.
    /// </summary>
    public const string Version = "1.1";

    /// <summary>Gets the built-in rules, in code order.</summary>
    public static IReadOnlyList<IValidationRule> BuiltIn { get; } =
    [
        new DuplicateIdRule(),
        ReferenceRule.Parties,
        ReferenceRule.PriorityAreas,
        ReferenceRule.Sources,
        ReferenceRule.Findings,
        new AmbiguousReferenceRule(),
        ReferenceRule.Partners,
        ReferenceRule.Targets,
        PartyTypeRule.Municipality,
        PartyTypeRule.Police,
        new MunicipalityCodeRule(),
        new MunicipalityNameRule(),
        new PoliceRegionRule(),
        new OrganisationNumberRule(),
        new OrganisationNumberPartyRule(),
        new MissingMunicipalityCodeRule(),
        new ValidityOrderRule(),
        new TargetPeriodRule(),
        new UndatedSignatureRule(),
        new SignedAfterValidityStartRule(),
        new OpenEndedValidityRule(),
        new ExpiredRule(),
        new SignatureInFutureRule(),
        new FractionalExactValueRule(),
        new QualitativeTargetRule(),
        new RecurrenceFitRule(),
        new EmptyCommitmentTextRule(),
        new NoResponsiblePartyRule(),
        new NoTargetRule(),
        new DuplicateCommitmentTextRule(),
        new MissingSignatureRule(),
        new ContentHashRule(),
        new SignatureMissingFromSourceRule(),
        new NameOnUnnamedSignatureRule(),
        new NoFollowUpPlanRule(),
        new GoalWithoutFollowUpRule(),
        new NoCommunicationChannelRule(),
        new UnknownOpenCodeRule(),
        new EmptyTextRule(),
        new BidiControlRule(),
    ];
}
