namespace Medborgarlofte.FollowUp;

/// <summary>How a target stands on a date (måluppfyllelse). Ordered from best to worst; <see cref="NotApplicable"/> last.</summary>
public enum TargetState
{
    /// <summary>The target is met (uppfyllt).</summary>
    Met,

    /// <summary>At least as much has been done as the date calls for (i fas).</summary>
    OnTrack,

    /// <summary>Less has been done than the date calls for (efter).</summary>
    Behind,

    /// <summary>The period is over, or an upper bound was passed, and the target was not met (ej uppfyllt).</summary>
    NotMet,

    /// <summary>The target is qualitative and cannot be counted (ej tillämpligt).</summary>
    NotApplicable,
}
