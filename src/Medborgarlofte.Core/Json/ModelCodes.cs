
namespace Medborgarlofte.Json;

/// <summary>The JSON names of the model's closed code lists, in enum order.</summary>
internal static class ModelCodes
{
    internal static readonly EnumCodes<AgreementKind> AgreementKinds = new("promise", "cooperationAgreement", "promiseAndCooperationAgreement");

    internal static readonly EnumCodes<RevisionStatus> RevisionStatuses = new("draft", "agreed", "signed", "published", "superseded");

    internal static readonly EnumCodes<PartyType> PartyTypes = new("municipality", "police", "region", "rescueService", "housingCompany", "association", "business", "governmentAgency", "other");

    internal static readonly EnumCodes<PoliceRegion> PoliceRegions = new("Nord", "Mitt", "Stockholm", "Öst", "Väst", "Syd", "Bergslagen");

    internal static readonly EnumCodes<TargetKind> TargetKinds = new("quantitative", "qualitative");

    internal static readonly EnumCodes<Comparator> Comparators = new("atLeast", "atMost", "exactly");

    internal static readonly EnumCodes<Recurrence> Recurrences = new("once", "perWeek", "perMonth", "perSchoolTerm", "perYear", "perQuarter", "perOccurrence");

    internal static readonly EnumCodes<Cadence> Cadences = new("continuous", "weekly", "monthly", "quarterly", "perSchoolTerm", "yearly", "endOfPeriod");

    internal static readonly EnumCodes<Modality> Modalities = new("shall", "should", "strivesTo");

    internal static readonly EnumCodes<SignatureStatus> SignatureStatuses = new("signed", "nameNotPublished", "blankLine", "missing");

    internal static readonly EnumCodes<AgreementSection> AgreementSections = new("introduction", "purpose", "situationPicture", "commitments", "goals", "followUpPlan", "communication", "governance", "contacts", "attachments", "validity", "signatures");

    internal static readonly EnumCodes<GovernanceBodyType> GovernanceBodyTypes = new("crimePreventionCouncil", "steeringGroup", "workingGroup", "network", "other");
}
