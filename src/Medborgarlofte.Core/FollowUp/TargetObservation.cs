using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUp.TargetObservation>;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// An observation of a target: how many of the counted thing were done on a date or in a period
/// ("3 trafikkontroller vecka 12").
/// </summary>
public sealed record TargetObservation
{
    /// <summary>Gets the id of the target in the agreement.</summary>
    public required string Target { get; init; }

    /// <summary>Gets the date, when the observation is of one day.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the period, when the observation covers several days.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets how many were done (non-negative).</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets a note.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Gets a link to evidence (a report, a news item).</summary>
    public string? Evidence { get; init; }

    /// <summary>Gets the day the observation counts on: its date, or the last day of its period.</summary>
    public LocalDate? CountsOn => Date ?? Period?.End;

    /// <summary>The declaration of the format's <c>targetObservation</c>: reading, writing and texts follow from it.</summary>
    internal static readonly JsonShape<TargetObservation> Shape = new(
        static v => new TargetObservation
        {
            Target = v.Required<string>(),
            Date = v.Nullable<LocalDate>(),
            Period = v.Optional<DateInterval>(),
            Value = v.Value<decimal>(),
            Note = v.Optional<LocalizedText>(),
            Evidence = v.Optional<string>(),
        },
        F.Reference("target", static x => x.Target, required: true, check: ValueChecks.Id),
        F.Date("date", static x => x.Date),
        F.Interval("period", static x => x.Period),
        F.Number("value", static x => x.Value, required: true, check: ValueChecks.NonNegativeCount),
        F.Text("note", static x => x.Note),
        F.String("evidence", static x => x.Evidence, check: ValueChecks.Uri))
    {
        // Either a day or a period, checked before anything is reported missing; then one of them must have read.
        CheckFirst = static (v, c) => v.Has("date") != v.Has("period")
            || c.Fail(DiagnosticCodes.ExclusiveProperties, "En observation har antingen \"date\" eller \"period\", inte båda och inte ingen.", "An observation has either \"date\" or \"period\", not both and not neither."),
        CheckLast = static (v, _) => v.Read("date") || v.Read("period"),
    };
}
