using System.Collections.Generic;
using Medborgarlofte.Diagnostics;

namespace Medborgarlofte.FollowUp;

/// <summary>The stable codes of follow-up rules (<c>ML91xx</c>): a follow-up checked against its agreement.</summary>
public static class FollowUpDiagnosticCodes
{
    /// <summary>ML9101: the follow-up names another agreement than the one given.</summary>
    public static readonly DiagnosticDescriptor AgreementMismatch = new("ML9101", DiagnosticSeverity.Error, new("Uppföljningen gäller ett annat medborgarlöfte", "The follow-up is of another agreement"));

    /// <summary>ML9102: the follow-up names another revision than the agreement's.</summary>
    public static readonly DiagnosticDescriptor RevisionMismatch = new("ML9102", DiagnosticSeverity.Warning, new("Uppföljningen gäller en annan revision", "The follow-up is of another revision"));

    /// <summary>ML9103: a commitment id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownCommitment = new("ML9103", DiagnosticSeverity.Error, new("Okänt löfte", "Unknown commitment"));

    /// <summary>ML9104: a target id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownTarget = new("ML9104", DiagnosticSeverity.Error, new("Okänt mål", "Unknown target"));

    /// <summary>ML9105: a goal id that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownGoal = new("ML9105", DiagnosticSeverity.Error, new("Okänt mål och effekt", "Unknown goal"));

    /// <summary>ML9106: a reporting party that the agreement does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownParty = new("ML9106", DiagnosticSeverity.Error, new("Okänd part", "Unknown party"));

    /// <summary>ML9107: an observation dated after the follow-up's as-of date.</summary>
    public static readonly DiagnosticDescriptor ObservationAfterAsOf = new("ML9107", DiagnosticSeverity.Error, new("Observation efter avstämningsdatum", "Observation after the as-of date"));

    /// <summary>ML9108: an observation outside the agreement's validity.</summary>
    public static readonly DiagnosticDescriptor ObservationOutsideValidity = new("ML9108", DiagnosticSeverity.Warning, new("Observation utanför giltighetstiden", "Observation outside the validity"));

    /// <summary>ML9109: an observation of a qualitative target, which cannot be counted.</summary>
    public static readonly DiagnosticDescriptor QualitativeObservation = new("ML9109", DiagnosticSeverity.Warning, new("Observation av kvalitativt mål", "Observation of a qualitative target"));

    /// <summary>ML9110: the same commitment reported twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateCommitmentStatus = new("ML9110", DiagnosticSeverity.Error, new("Löftet rapporteras två gånger", "Commitment reported twice"));

    /// <summary>Gets every follow-up code, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        AgreementMismatch, RevisionMismatch, UnknownCommitment, UnknownTarget, UnknownGoal, UnknownParty,
        ObservationAfterAsOf, ObservationOutsideValidity, QualitativeObservation, DuplicateCommitmentStatus,
    ];
}
