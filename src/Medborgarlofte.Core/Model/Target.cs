using NodaTime;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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

    /// <summary>Gets how a count is compared with <see cref="Value"/> (quantitative targets).</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>Gets the value, greater than zero (quantitative targets).</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the unit: what is counted ("trafikkontroller").</summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>Gets how often the value applies within the period (quantitative targets).</summary>
    public Recurrence? Recurrence { get; init; }

    /// <summary>Gets the period; <see langword="null"/> means the agreement's validity.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the published phrase ("minst en trafikkontroll per vecka").</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
