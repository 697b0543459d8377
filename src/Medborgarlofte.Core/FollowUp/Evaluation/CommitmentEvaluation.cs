
namespace Medborgarlofte.FollowUp;

/// <summary>Where one commitment stands: its targets and its reported status.</summary>
public sealed record CommitmentEvaluation
{
    /// <summary>Gets the commitment evaluated.</summary>
    public required Commitment Commitment { get; init; }

    /// <summary>Gets the status the follow-up reports, if any.</summary>
    public CommitmentStatus? ReportedStatus { get; init; }

    /// <summary>Gets the evaluation of each target.</summary>
    public required EquatableArray<TargetEvaluation> Targets { get; init; }

    /// <summary>Gets the counts of target states.</summary>
    public required StateCounts Counts { get; init; }

    /// <summary>Gets the worst state of its countable targets.</summary>
    public TargetState State => Counts.Overall;
}
