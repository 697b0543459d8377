namespace Medborgarlofte.FollowUp.Evaluation;

/// <summary>How many targets are in each state.</summary>
/// <param name="Met">Targets met.</param>
/// <param name="OnTrack">Targets on track.</param>
/// <param name="Behind">Targets behind.</param>
/// <param name="NotMet">Targets not met.</param>
/// <param name="NotApplicable">Qualitative targets.</param>
public sealed record StateCounts(int Met, int OnTrack, int Behind, int NotMet, int NotApplicable)
{
    /// <summary>Gets the number of targets counted.</summary>
    public int Total => Met + OnTrack + Behind + NotMet + NotApplicable;

    /// <summary>Gets the worst state among countable targets, or <see cref="TargetState.NotApplicable"/> when there are none.</summary>
    public TargetState Overall =>
        NotMet > 0 ? TargetState.NotMet
        : Behind > 0 ? TargetState.Behind
        : OnTrack > 0 ? TargetState.OnTrack
        : Met > 0 ? TargetState.Met
        : TargetState.NotApplicable;

    internal StateCounts Add(TargetState state) => state switch
    {
        TargetState.Met => this with { Met = Met + 1 },
        TargetState.OnTrack => this with { OnTrack = OnTrack + 1 },
        TargetState.Behind => this with { Behind = Behind + 1 },
        TargetState.NotMet => this with { NotMet = NotMet + 1 },
        _ => this with { NotApplicable = NotApplicable + 1 },
    };

    internal StateCounts Add(StateCounts other) =>
        new(Met + other.Met, OnTrack + other.OnTrack, Behind + other.Behind, NotMet + other.NotMet, NotApplicable + other.NotApplicable);

    internal static StateCounts None { get; } = new(0, 0, 0, 0, 0);
}
