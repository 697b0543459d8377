namespace Medborgarlofte;

/// <summary>Whether a target can be counted.</summary>
public enum TargetKind
{
    /// <summary>A countable predicate: comparator, value, unit, recurrence. JSON: <c>quantitative</c>.</summary>
    Quantitative,

    /// <summary>A target stated in words only; follow-up cannot count it. JSON: <c>qualitative</c>.</summary>
    Qualitative,
}
