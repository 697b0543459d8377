using System;

namespace Medborgarlofte.Rendering;

/// <summary>The fixed headings, labels and phrases of a rendering, in Swedish and in English.</summary>
internal sealed class RenderStrings
{
    internal static readonly RenderStrings Swedish = new()
    {
        Language = LocalizedText.SwedishTag,
        Parties = "Parter",
        ReferenceNumber = "Dnr",
        Introduction = "Inledning",
        Purpose = "Syfte",
        SituationPicture = "Lägesbild",
        Sources = "Underlag",
        Findings = "Iakttagelser",
        Commitments = "Det här ska vi göra",
        OtherCommitments = "Övriga löften",
        Responsible = "Ansvar",
        CommitmentPurpose = "Syfte",
        Condition = "Villkor",
        Targets = "Mål",
        Goals = "Mål och effekter",
        FollowedUpThrough = "Följs upp genom",
        Indicator = "Indikator",
        Source = "källa",
        Baseline = "utgångsvärde",
        TargetValue = "målvärde",
        FollowUp = "Uppföljning",
        Communication = "Följ arbetet",
        Governance = "Organisation",
        CollaborationAreas = "Samverkansområden",
        Contact = "Kontakt",
        Attachments = "Bilagor och länkar",
        Validity = "Giltighetstid",
        Signatures = "Underskrifter",
        Acting = "Tf",
        FallbackMarker = "(på svenska)",
        And = "och",
        AtLeastParticipants = "minst {0} deltagare",
        Draft = "Utkast – ännu inte undertecknat.",
        Superseded = "Ersatt av en senare revidering.",
        RevisionNumber = "Revidering {0}",
        Dated = "daterad {0}",
        Supersedes = "Ersätter {0}",
        SupersedesRevision = "Ersätter {0}, revidering {1}",
        Changes = "Ändringar",
        ValidFor = "gäller",
        ValidForYears = "{0}",
        ValidFrom = "från {0} till {1}",
        ValidOpenEnded = "från {0} och tills vidare",
        PromiseSubject = "Detta medborgarlöfte",
        CooperationSubject = "Denna samverkansöverenskommelse",
        BothSubject = "Denna samverkansöverenskommelse och detta medborgarlöfte",
        AtLeast = "minst",
        AtMost = "högst",
        Exactly = "exakt",
        NumberOf = "antal",
        PerWeek = "per vecka",
        PerMonth = "per månad",
        PerSchoolTerm = "per termin",
        PerYear = "per år",
        DuringYears = "under {0}",
        DuringPeriod = "under perioden {0}",
        DuringThePeriod = "under perioden",
        DecimalSeparator = ",",
        Continuous = "Löpande",
        Weekly = "Varje vecka",
        Monthly = "Varje månad",
        Quarterly = "Varje kvartal",
        EverySchoolTerm = "Varje termin",
        Yearly = "Årligen",
        EndOfPeriod = "Vid periodens slut",
        PerQuarter = "per kvartal",
        PartnersLine = "I samverkan med",
        PartnersField = "Samverkanspartner",
        Shall = "ska",
        Should = "bör",
        StrivesTo = "strävar efter",
        Renewal = "Förnyas",
        EvaluationDue = "Utvärderas senast {0}.",
        NameNotPublished = "(namnet finns inte i den publicerade kopian)",
        SignatureMissing = "Underskriften saknas i den publicerade kopian.",
    };

    internal static readonly RenderStrings English = new()
    {
        Language = LocalizedText.EnglishTag,
        Parties = "Parties",
        ReferenceNumber = "Ref. no.",
        Introduction = "Introduction",
        Purpose = "Purpose",
        SituationPicture = "Situation picture",
        Sources = "Sources",
        Findings = "Findings",
        Commitments = "What we will do",
        OtherCommitments = "Other commitments",
        Responsible = "Responsible",
        CommitmentPurpose = "Purpose",
        Condition = "Condition",
        Targets = "Targets",
        Goals = "Goals and effects",
        FollowedUpThrough = "Followed up through",
        Indicator = "Indicator",
        Source = "source",
        Baseline = "baseline",
        TargetValue = "target",
        FollowUp = "Follow-up",
        Communication = "Follow the work",
        Governance = "Organisation",
        CollaborationAreas = "Areas of cooperation",
        Contact = "Contact",
        Attachments = "Attachments and links",
        Validity = "Period of validity",
        Signatures = "Signatures",
        Acting = "Acting",
        FallbackMarker = "(in Swedish)",
        And = "and",
        AtLeastParticipants = "at least {0} participants",
        Draft = "Draft – not yet signed.",
        Superseded = "Superseded by a later revision.",
        RevisionNumber = "Revision {0}",
        Dated = "dated {0}",
        Supersedes = "Supersedes {0}",
        SupersedesRevision = "Supersedes {0}, revision {1}",
        Changes = "Changes",
        ValidFor = "is valid",
        ValidForYears = "for {0}",
        ValidFrom = "from {0} to {1}",
        ValidOpenEnded = "from {0} until further notice",
        PromiseSubject = "This citizen promise",
        CooperationSubject = "This cooperation agreement",
        BothSubject = "This cooperation agreement and citizen promise",
        AtLeast = "at least",
        AtMost = "at most",
        Exactly = "exactly",
        NumberOf = "number of",
        PerWeek = "per week",
        PerMonth = "per month",
        PerSchoolTerm = "per school term",
        PerYear = "per year",
        DuringYears = "in {0}",
        DuringPeriod = "during the period {0}",
        DuringThePeriod = "during the period",
        DecimalSeparator = ".",
        Continuous = "Continuously",
        Weekly = "Weekly",
        Monthly = "Monthly",
        Quarterly = "Quarterly",
        EverySchoolTerm = "Every school term",
        Yearly = "Yearly",
        EndOfPeriod = "At the end of the period",
        PerQuarter = "per quarter",
        PartnersLine = "In cooperation with",
        PartnersField = "Partners",
        Shall = "shall",
        Should = "should",
        StrivesTo = "strives to",
        Renewal = "Renewed",
        EvaluationDue = "To be evaluated by {0}.",
        NameNotPublished = "(the name is not in the published copy)",
        SignatureMissing = "The signature is missing from the published copy.",
    };

    private RenderStrings()
    {
    }

    internal required string Language { get; init; }

    internal required string Parties { get; init; }

    internal required string ReferenceNumber { get; init; }

    internal required string Introduction { get; init; }

    internal required string Purpose { get; init; }

    internal required string SituationPicture { get; init; }

    internal required string Sources { get; init; }

    internal required string Findings { get; init; }

    internal required string Commitments { get; init; }

    internal required string OtherCommitments { get; init; }

    internal required string Responsible { get; init; }

    internal required string CommitmentPurpose { get; init; }

    internal required string Condition { get; init; }

    internal required string Targets { get; init; }

    internal required string Goals { get; init; }

    internal required string FollowedUpThrough { get; init; }

    internal required string Indicator { get; init; }

    internal required string Source { get; init; }

    internal required string Baseline { get; init; }

    internal required string TargetValue { get; init; }

    internal required string FollowUp { get; init; }

    internal required string Communication { get; init; }

    internal required string Governance { get; init; }

    internal required string CollaborationAreas { get; init; }

    internal required string Contact { get; init; }

    internal required string Attachments { get; init; }

    internal required string Validity { get; init; }

    internal required string Signatures { get; init; }

    internal required string Acting { get; init; }

    internal required string FallbackMarker { get; init; }

    internal required string And { get; init; }

    internal required string AtLeastParticipants { get; init; }

    internal required string Draft { get; init; }

    internal required string Superseded { get; init; }

    internal required string RevisionNumber { get; init; }

    internal required string Dated { get; init; }

    internal required string Supersedes { get; init; }

    internal required string SupersedesRevision { get; init; }

    internal required string Changes { get; init; }

    internal required string ValidFor { get; init; }

    internal required string ValidForYears { get; init; }

    internal required string ValidFrom { get; init; }

    internal required string ValidOpenEnded { get; init; }

    internal required string PromiseSubject { get; init; }

    internal required string CooperationSubject { get; init; }

    internal required string BothSubject { get; init; }

    internal required string AtLeast { get; init; }

    internal required string AtMost { get; init; }

    internal required string Exactly { get; init; }

    internal required string NumberOf { get; init; }

    internal required string PerWeek { get; init; }

    internal required string PerMonth { get; init; }

    internal required string PerSchoolTerm { get; init; }

    internal required string PerYear { get; init; }

    internal required string DuringYears { get; init; }

    internal required string DuringPeriod { get; init; }

    internal required string DuringThePeriod { get; init; }

    internal required string DecimalSeparator { get; init; }

    internal required string Continuous { get; init; }

    internal required string Weekly { get; init; }

    internal required string Monthly { get; init; }

    internal required string Quarterly { get; init; }

    internal required string EverySchoolTerm { get; init; }

    internal required string Yearly { get; init; }

    internal required string EndOfPeriod { get; init; }

    internal required string PerQuarter { get; init; }

    internal required string PartnersLine { get; init; }

    internal required string PartnersField { get; init; }

    internal required string Shall { get; init; }

    internal required string Should { get; init; }

    internal required string StrivesTo { get; init; }

    internal required string Renewal { get; init; }

    internal required string EvaluationDue { get; init; }

    internal required string NameNotPublished { get; init; }

    internal required string SignatureMissing { get; init; }

    /// <summary>Gets the table for a language: <c>sv</c> or <c>en</c>.</summary>
    internal static RenderStrings For(string language) => language switch
    {
        LocalizedText.SwedishTag => Swedish,
        LocalizedText.EnglishTag => English,
        _ => throw new ArgumentException($"Språket måste vara sv eller en / The language must be sv or en: {language}", nameof(language)),
    };

    internal string Subject(AgreementKind kind) => kind switch
    {
        AgreementKind.CooperationAgreement => CooperationSubject,
        AgreementKind.PromiseAndCooperationAgreement => BothSubject,
        _ => PromiseSubject,
    };

    internal string Comparator(Comparator comparator) => comparator switch
    {
        Medborgarlofte.Comparator.AtMost => AtMost,
        Medborgarlofte.Comparator.Exactly => Exactly,
        _ => AtLeast,
    };

    internal string? Recurrence(Recurrence recurrence) => recurrence switch
    {
        Medborgarlofte.Recurrence.PerWeek => PerWeek,
        Medborgarlofte.Recurrence.PerMonth => PerMonth,
        Medborgarlofte.Recurrence.PerSchoolTerm => PerSchoolTerm,
        Medborgarlofte.Recurrence.PerYear => PerYear,
        Medborgarlofte.Recurrence.PerQuarter => PerQuarter,
        _ => null,
    };

    internal string Modality(Modality modality) => modality switch
    {
        Medborgarlofte.Modality.Should => Should,
        Medborgarlofte.Modality.StrivesTo => StrivesTo,
        _ => Shall,
    };

    internal string Cadence(Cadence cadence) => cadence switch
    {
        Medborgarlofte.Cadence.Continuous => Continuous,
        Medborgarlofte.Cadence.Weekly => Weekly,
        Medborgarlofte.Cadence.Monthly => Monthly,
        Medborgarlofte.Cadence.Quarterly => Quarterly,
        Medborgarlofte.Cadence.PerSchoolTerm => EverySchoolTerm,
        Medborgarlofte.Cadence.Yearly => Yearly,
        _ => EndOfPeriod,
    };

    /// <summary>Joins "A, B och C" / "A, B and C".</summary>
    internal string JoinAnd(System.Collections.Generic.IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", System.Linq.Enumerable.Take(items, items.Count - 1)) + " " + And + " " + items[^1],
    };
}
