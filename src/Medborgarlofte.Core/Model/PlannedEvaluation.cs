using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.PlannedEvaluation>;

namespace Medborgarlofte;

/// <summary>When the agreement's evaluation is due (utvärdering): "utvärderas före årets slut".</summary>
public sealed record PlannedEvaluation
{
    /// <summary>Gets the last day by which the evaluation is due.</summary>
    public required LocalDate Due { get; init; }

    /// <summary>Gets the published phrase ("Löftet utvärderas före årets slut.").</summary>
    public LocalizedText? Wording { get; init; }

    /// <summary>The declaration of the format's <c>evaluation</c> (format 1.1): reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<PlannedEvaluation> Shape = new(
        static v => new PlannedEvaluation { Due = v.Value<LocalDate>(), Wording = v.Optional<LocalizedText>() },
        F.Date("due", static x => x.Due, required: true),
        F.Text("wording", static x => x.Wording));
}
