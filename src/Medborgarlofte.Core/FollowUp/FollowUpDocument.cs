using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUp.FollowUpDocument>;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// A follow-up (uppföljning) of an agreement: what was done by a date, reported by its parties.
/// A second document type of the format, read and written like an <see cref="Medborgarlofte.Agreement"/>.
/// </summary>
/// <remarks>Immutable, with value equality over every property, collections included.</remarks>
public sealed record FollowUpDocument
{
    /// <summary>Gets the format version (<c>formatVersion</c>); always <see cref="Medborgarlofte.Agreement.CurrentFormatVersion"/>.</summary>
    public string FormatVersion { get; init; } = Medborgarlofte.Agreement.CurrentFormatVersion;

    /// <summary>Gets the follow-up document's own id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the agreement (id and revision) this follows up.</summary>
    public required DocumentReference Agreement { get; init; }

    /// <summary>Gets the date the follow-up is as of (avstämningsdatum).</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the ids of the agreement's parties that report.</summary>
    public EquatableArray<string> ReportedBy { get; init; }

    /// <summary>Gets a value indicating whether the data is made up to illustrate the format, not real outcomes.</summary>
    public bool Illustrative { get; init; }

    /// <summary>Gets a note on the follow-up as a whole.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Gets the reported status of commitments.</summary>
    public EquatableArray<CommitmentProgress> Commitments { get; init; }

    /// <summary>Gets observations of targets: what was done, when.</summary>
    public EquatableArray<TargetObservation> Observations { get; init; }

    /// <summary>Gets observations of goal indicators (a safety survey's value in a year).</summary>
    public EquatableArray<IndicatorObservation> IndicatorObservations { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>followUpDocument</c>: reading, writing and texts follow from it.</summary>
    internal static readonly JsonShape<FollowUpDocument> Shape = new(
        static v => new FollowUpDocument
        {
            FormatVersion = v.Required<string>(),
            Id = v.Required<string>(),
            Agreement = v.Required<DocumentReference>(),
            AsOf = v.Value<LocalDate>(),
            ReportedBy = v.Array<string>(),
            Illustrative = v.Value<bool>(),
            Note = v.Optional<LocalizedText>(),
            Commitments = v.Array<CommitmentProgress>(),
            Observations = v.Array<TargetObservation>(),
            IndicatorObservations = v.Array<IndicatorObservation>(),
            Extensions = v.Extensions(),
        },
        F.FormatVersion(static x => x.FormatVersion),
        F.Id("id", static x => x.Id),
        F.Object("agreement", static x => x.Agreement, DocumentReference.Shape.WithRequired("revision"), required: true), // a follow-up is of one revision
        F.Date("asOf", static x => x.AsOf, required: true),
        F.Strings("reportedBy", static x => x.ReportedBy, check: ValueChecks.Id),
        F.Boolean("illustrative", static x => x.Illustrative),
        F.Text("note", static x => x.Note),
        F.Array("commitments", static x => x.Commitments, CommitmentProgress.Shape),
        F.Array("observations", static x => x.Observations, TargetObservation.Shape),
        F.Array("indicatorObservations", static x => x.IndicatorObservations, IndicatorObservation.Shape),
        F.Extensions(static x => x.Extensions));
}
