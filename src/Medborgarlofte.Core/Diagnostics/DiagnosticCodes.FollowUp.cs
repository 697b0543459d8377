using System.Collections.Generic;

namespace Medborgarlofte;

// The codes of the follow-up rules (ML91xx): a follow-up checked against its agreement.
public static partial class DiagnosticCodes
{
    /// <summary>ML9101: the follow-up names another agreement than the one given.</summary>
    public static readonly DiagnosticDescriptor AgreementMismatch = new("ML9101", DiagnosticSeverity.Error, new("Uppföljningen gäller ett annat medborgarlöfte", "The follow-up is of another agreement")) { Description = new("agreement.id är inte id för medborgarlöftet som uppföljningen prövas mot.", "agreement.id is not the id of the agreement the follow-up is checked against.") };

    /// <summary>ML9102: the follow-up names another revision than the agreement's.</summary>
    public static readonly DiagnosticDescriptor RevisionMismatch = new("ML9102", DiagnosticSeverity.Warning, new("Uppföljningen gäller en annan revision", "The follow-up is of another revision")) { Description = new("agreement.revision är inte medborgarlöftets revision.", "agreement.revision is not the agreement's revision number.") };

    /// <summary>ML9103: a commitment id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownCommitment = new("ML9103", DiagnosticSeverity.Error, new("Okänt löfte", "Unknown commitment")) { Description = new("Ett löftes id i commitments finns inte i medborgarlöftet.", "A commitment id in commitments is not declared in the agreement.") };

    /// <summary>ML9104: a target id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownTarget = new("ML9104", DiagnosticSeverity.Error, new("Okänt mål", "Unknown target")) { Description = new("Ett måls id i observations finns inte i medborgarlöftet.", "A target id in observations is not declared in the agreement.") };

    /// <summary>ML9105: a goal id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownGoal = new("ML9105", DiagnosticSeverity.Error, new("Okänt mål och effekt", "Unknown goal")) { Description = new("Ett måls id i indicatorObservations finns inte bland medborgarlöftets mål och effekter.", "A goal id in indicatorObservations is not declared among the agreement's goals.") };

    /// <summary>ML9106: a reporting party that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownParty = new("ML9106", DiagnosticSeverity.Error, new("Okänd part", "Unknown party")) { Description = new("En part i reportedBy finns inte i medborgarlöftet.", "A party in reportedBy is not declared in the agreement.") };

    /// <summary>ML9107: an observation dated after the follow-up's as-of date.</summary>
    public static readonly DiagnosticDescriptor ObservationAfterAsOf = new("ML9107", DiagnosticSeverity.Error, new("Observation efter avstämningsdatum", "Observation after the as-of date")) { Description = new("En observation räknas en dag efter asOf.", "An observation counts on a day after asOf.") };

    /// <summary>ML9108: an observation outside the agreement's validity.</summary>
    public static readonly DiagnosticDescriptor ObservationOutsideValidity = new("ML9108", DiagnosticSeverity.Warning, new("Observation utanför giltighetstiden", "Observation outside the validity")) { Description = new("En observation ligger (helt eller delvis) utanför giltighetstiden.", "An observation lies (wholly or partly) outside the validity.") };

    /// <summary>ML9109: an observation of a qualitative target, which cannot be counted.</summary>
    public static readonly DiagnosticDescriptor QualitativeObservation = new("ML9109", DiagnosticSeverity.Warning, new("Observation av kvalitativt mål", "Observation of a qualitative target")) { Description = new("En observation avser ett kvalitativt mål, som inte räknas.", "An observation is of a qualitative target, which is not counted.") };

    /// <summary>ML9110: the same commitment reported twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateCommitmentStatus = new("ML9110", DiagnosticSeverity.Error, new("Löftet rapporteras två gånger", "Commitment reported twice")) { Description = new("Samma löfte har mer än en status i commitments.", "The same commitment has more than one status in commitments.") };

    /// <summary>Gets every follow-up rule's code (<c>ML91xx</c>), in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> FollowUpCodes { get; } =
    [
        AgreementMismatch, RevisionMismatch, UnknownCommitment, UnknownTarget, UnknownGoal, UnknownParty,
        ObservationAfterAsOf, ObservationOutsideValidity, QualitativeObservation, DuplicateCommitmentStatus,
    ];
}
