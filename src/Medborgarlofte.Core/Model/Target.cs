using Medborgarlofte.Json;
using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Target>;

namespace Medborgarlofte;

/// <summary>
/// A target (mätbart mål) as a predicate: "minst en trafikkontroll per vecka" is
/// <see cref="Comparator.AtLeast"/> 1 "trafikkontroller" <see cref="Recurrence.PerWeek"/>.
/// </summary>
public sealed record Target
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets whether the target can be counted.</summary>
    public required TargetKind Kind { get; init; }

    /// <summary>Gets how firmly the target is promised (ska, bör, strävar efter); <see langword="null"/> when not stated (format 1.1).</summary>
    public Modality? Modality { get; init; }

    /// <summary>Gets how a count is compared with <see cref="Value"/> (quantitative targets).</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>Gets the value, greater than zero (quantitative targets).</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the unit: what is counted ("trafikkontroller").</summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>Gets how often the value applies within the period (quantitative targets).</summary>
    public Recurrence? Recurrence { get; init; }

    /// <summary>
    /// Gets the published phrase of the event a <see cref="Medborgarlofte.Recurrence.PerOccurrence"/> target counts per
    /// ("efter varje dialog"), rendered verbatim in place of the recurrence (format 1.1).
    /// </summary>
    public LocalizedText? Occurrence { get; init; }

    /// <summary>Gets the id of the target whose recorded count is the number of occurrences (format 1.1).</summary>
    public string? OccurrenceOf { get; init; }

    /// <summary>Gets the period; <see langword="null"/> means the agreement's validity.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the published phrase of the period ("under juni månad"), rendered verbatim in place of the dates (format 1.1).</summary>
    public LocalizedText? PeriodWording { get; init; }

    /// <summary>Gets the published phrase ("minst en trafikkontroll per vecka").</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Gets the ids of the parties that carry this target when they differ from the commitment's (format 1.1).</summary>
    public EquatableArray<string> ResponsibleParties { get; init; }

    /// <summary>Gets the departments that carry this target ("fritidsförvaltningen") (format 1.1).</summary>
    public EquatableArray<LocalizedText> ResponsibleDepartments { get; init; }

    /// <summary>Gets the ids of the partners that take part in this target (format 1.1).</summary>
    public EquatableArray<string> Partners { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>target</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Target> Shape = new(
        static v => new Target
        {
            Id = v.Required<string>(),
            Kind = v.Value<TargetKind>(),
            Modality = v.Nullable<Modality>(),
            Comparator = v.Nullable<Comparator>(),
            Value = v.Nullable<decimal>(),
            Unit = v.Optional<LocalizedText>(),
            Recurrence = v.Nullable<Recurrence>(),
            Occurrence = v.Optional<LocalizedText>(),
            OccurrenceOf = v.Optional<string>(),
            Period = v.Optional<DateInterval>(),
            PeriodWording = v.Optional<LocalizedText>(),
            Text = v.Optional<LocalizedText>(),
            ResponsibleParties = v.Array<string>(),
            ResponsibleDepartments = v.Array<LocalizedText>(),
            Partners = v.Array<string>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Code("kind", static x => x.Kind, ModelCodes.TargetKinds, required: true),
        F.Code("modality", static x => x.Modality, ModelCodes.Modalities),
        F.Code("comparator", static x => x.Comparator, ModelCodes.Comparators),
        F.Number("value", static x => x.Value, check: ValueChecks.PositiveTargetValue),
        F.Text("unit", static x => x.Unit),
        F.Code("recurrence", static x => x.Recurrence, ModelCodes.Recurrences),
        F.Text("occurrence", static x => x.Occurrence),
        F.Reference("occurrenceOf", static x => x.OccurrenceOf, check: ValueChecks.Id),
        F.Interval("period", static x => x.Period),
        F.Text("periodWording", static x => x.PeriodWording),
        F.Text("text", static x => x.Text),
        F.References("responsibleParties", static x => x.ResponsibleParties, check: ValueChecks.Id),
        F.Texts("responsibleDepartments", static x => x.ResponsibleDepartments),
        F.References("partners", static x => x.Partners, check: ValueChecks.Id),
        F.Extensions(static x => x.Extensions))
    {
        // A quantitative target is a predicate: all four parts must be there; a qualitative one is its text.
        // A count per occurrence must say of what ("efter varje dialog").
        CheckLast = static (v, c) => (v.ValueOf<TargetKind>("kind") switch
        {
            TargetKind.Quantitative => c.Require(v.Has("comparator"), "comparator") & c.Require(v.Has("value"), "value")
                & c.Require(v.Has("unit"), "unit") & c.Require(v.Has("recurrence"), "recurrence"),
            TargetKind.Qualitative => c.Require(v.Has("text"), "text"),
            _ => true,
        }) & (v.ValueOf<Recurrence>("recurrence") != Medborgarlofte.Recurrence.PerOccurrence || c.Require(v.Has("occurrence"), "occurrence")),
    };
}
