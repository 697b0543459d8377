using Medborgarlofte.Collections;
using Medborgarlofte.Model;
using Medborgarlofte.Text;
using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// A follow-up (uppföljning) of an agreement: what was done by a date, reported by its parties.
/// A second document type of the format, read and written like an <see cref="Model.Agreement"/>.
/// </summary>
/// <remarks>Immutable, with value equality over every property, collections included.</remarks>
public sealed record FollowUpDocument
{
    /// <summary>Gets the format version (<c>formatVersion</c>); always <see cref="Model.Agreement.CurrentFormatVersion"/>.</summary>
    public string FormatVersion { get; init; } = Model.Agreement.CurrentFormatVersion;

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
}
