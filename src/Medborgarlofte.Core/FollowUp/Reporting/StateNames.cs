using Medborgarlofte.FollowUp;

namespace Medborgarlofte.FollowUp;

/// <summary>Swedish and English names of states and statuses, for people.</summary>
public static class StateNames
{
    /// <summary>Gets the name of a target state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name in Swedish and English.</returns>
    public static LocalizedText Of(TargetState state) => state switch
    {
        TargetState.Met => new("uppfyllt", "met"),
        TargetState.OnTrack => new("i fas", "on track"),
        TargetState.Behind => new("efter", "behind"),
        TargetState.NotMet => new("ej uppfyllt", "not met"),
        _ => new("ej tillämpligt", "not applicable"),
    };

    /// <summary>Gets the name of a reported commitment status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name in Swedish and English.</returns>
    public static LocalizedText Of(CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => new("ej påbörjat", "not started"),
        CommitmentStatus.Ongoing => new("pågår", "ongoing"),
        CommitmentStatus.Done => new("genomfört", "done"),
        CommitmentStatus.PartlyDone => new("delvis genomfört", "partly done"),
        CommitmentStatus.NotDone => new("ej genomfört", "not done"),
        _ => new("avbrutet", "cancelled"),
    };
}
