using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>Where one target stands on a date: expected and recorded counts, a state and why.</summary>
public sealed record TargetEvaluation
{
    /// <summary>Gets the target evaluated.</summary>
    public required Target Target { get; init; }

    /// <summary>Gets the first day of the target's period.</summary>
    public required LocalDate PeriodStart { get; init; }

    /// <summary>Gets the last day of the target's period; <see langword="null"/> when the validity is open-ended.</summary>
    public LocalDate? PeriodEnd { get; init; }

    /// <summary>Gets the count expected by the evaluation date.</summary>
    public required decimal Expected { get; init; }

    /// <summary>Gets the count the whole period calls for; <see langword="null"/> when the period has no end.</summary>
    public decimal? ExpectedInPeriod { get; init; }

    /// <summary>Gets the count recorded within the period up to the evaluation date.</summary>
    public required decimal Recorded { get; init; }

    /// <summary>Gets the state.</summary>
    public required TargetState State { get; init; }

    /// <summary>Gets a one-line explanation ("… 26 väntade till 2019-07-01, 19 rapporterade").</summary>
    public required LocalizedText Explanation { get; init; }
}
