using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUp.IndicatorObservation>;

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

    /// <summary>The declaration of the format's <c>indicatorObservation</c>: reading, writing and texts follow from it.</summary>
    internal static readonly JsonShape<IndicatorObservation> Shape = new(
        static v => new IndicatorObservation { Goal = v.Required<string>(), Value = v.Value<decimal>(), Year = v.Value<int>(), Source = v.Optional<string>(), Note = v.Optional<LocalizedText>() },
        F.Reference("goal", static x => x.Goal, required: true, check: ValueChecks.Id),
        F.Number("value", static x => x.Value, required: true),
        F.Integer("year", static x => x.Year, 1900, 9999, required: true),
        F.String("source", static x => x.Source),
        F.Text("note", static x => x.Note));
}
