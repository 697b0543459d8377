using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Indicator>;

namespace Medborgarlofte;

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

    /// <summary>The declaration of the format's <c>indicator</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Indicator> Shape = new(
        static v => new Indicator
        {
            Name = v.Required<LocalizedText>(),
            Unit = v.Optional<LocalizedText>(),
            Source = v.Optional<string>(),
            Baseline = v.Optional<IndicatorValue>(),
            Target = v.Optional<IndicatorValue>(),
        },
        F.Text("name", static x => x.Name, required: true),
        F.Text("unit", static x => x.Unit),
        F.Reference("source", static x => x.Source),
        F.Object("baseline", static x => x.Baseline, IndicatorValue.Shape),
        F.Object("target", static x => x.Target, IndicatorValue.Shape));
}
