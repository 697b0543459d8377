
namespace Medborgarlofte.FollowUp;

/// <summary>Where a priority area stands: its commitments rolled up.</summary>
public sealed record PriorityAreaEvaluation
{
    /// <summary>Gets the priority area; <see langword="null"/> for commitments that belong to none.</summary>
    public PriorityArea? PriorityArea { get; init; }

    /// <summary>Gets the evaluation of each commitment, in document order.</summary>
    public required EquatableArray<CommitmentEvaluation> Commitments { get; init; }

    /// <summary>Gets the counts of target states.</summary>
    public required StateCounts Counts { get; init; }

    /// <summary>Gets the worst state of its countable targets.</summary>
    public TargetState State => Counts.Overall;
}
