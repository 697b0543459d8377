using Medborgarlofte.Text;

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
}
