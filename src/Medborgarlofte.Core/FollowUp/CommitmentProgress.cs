using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUp.CommitmentProgress>;

namespace Medborgarlofte.FollowUp;

/// <summary>The reported status of one commitment, with a comment.</summary>
public sealed record CommitmentProgress
{
    /// <summary>Gets the id of the commitment in the agreement.</summary>
    public required string Commitment { get; init; }

    /// <summary>Gets the status.</summary>
    public required CommitmentStatus Status { get; init; }

    /// <summary>Gets a comment on the status.</summary>
    public LocalizedText? Comment { get; init; }

    /// <summary>The declaration of the format's <c>commitmentProgress</c>: reading, writing and texts follow from it.</summary>
    internal static readonly JsonShape<CommitmentProgress> Shape = new(
        static v => new CommitmentProgress { Commitment = v.Required<string>(), Status = v.Value<CommitmentStatus>(), Comment = v.Optional<LocalizedText>() },
        F.Reference("commitment", static x => x.Commitment, required: true, check: ValueChecks.Id),
        F.Code("status", static x => x.Status, FollowUpCodes.CommitmentStatuses, required: true),
        F.Text("comment", static x => x.Comment));
}
