using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>An indicator of a goal (indikator) with an optional baseline and target level.</summary>
public sealed record Indicator
{
    /// <summary>Gets the indicator's name ("andel som känner sig trygga").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the unit ("procent").</summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>Gets the source type code the value comes from (e.g. <c>safetySurvey</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Gets the starting level.</summary>
    public IndicatorValue? Baseline { get; init; }

    /// <summary>Gets the level aimed at.</summary>
    public IndicatorValue? Target { get; init; }
}
