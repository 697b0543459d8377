using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>Where a whole agreement stands on a date: every target, rolled up per commitment and priority area.</summary>
public sealed record AgreementEvaluation
{
    /// <summary>Gets the agreement evaluated.</summary>
    public required Agreement Agreement { get; init; }

    /// <summary>Gets the date of the evaluation.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets a value indicating whether the follow-up data is illustrative, not real outcomes.</summary>
    public bool Illustrative { get; init; }

    /// <summary>Gets the priority areas in document order; commitments without one come last under a <see langword="null"/> area.</summary>
    public required EquatableArray<PriorityAreaEvaluation> PriorityAreas { get; init; }

    /// <summary>Gets the counts of target states over the whole agreement.</summary>
    public required StateCounts Counts { get; init; }

    /// <summary>Gets the worst state of all countable targets.</summary>
    public TargetState State => Counts.Overall;
}
