namespace Medborgarlofte.FollowUp;

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
}
