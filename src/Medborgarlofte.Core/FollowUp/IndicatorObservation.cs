using Medborgarlofte.Text;

namespace Medborgarlofte.FollowUp;

/// <summary>An observed value of a goal's indicator in a year (e.g. from Polisens trygghetsmätning).</summary>
public sealed record IndicatorObservation
{
    /// <summary>Gets the id of the goal in the agreement.</summary>
    public required string Goal { get; init; }

    /// <summary>Gets the value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets the year.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the source type code (e.g. <c>safetySurvey</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Gets a note.</summary>
    public LocalizedText? Note { get; init; }
}
