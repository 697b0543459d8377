using Medborgarlofte.Text;
using NodaTime;

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
}
