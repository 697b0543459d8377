using NodaTime;

namespace Medborgarlofte.FollowUp;

/// <summary>What evaluation reads of an observation (<see cref="TargetObservation"/>): the day it counts on and how many.</summary>
/// <remarks>
/// Why a copy: the observations of a large follow-up lie in several megabytes that no cache holds. Grouping reads
/// each observation once anyway; taking these two values then spares evaluation a second trip to every observation.
/// </remarks>
/// <param name="CountsOn">The day the observation counts on (<see cref="TargetObservation.CountsOn"/>); null when it has none.</param>
/// <param name="Value">How many were done.</param>
internal readonly record struct CountedObservation(LocalDate? CountsOn, decimal Value)
{
    /// <summary>Takes what evaluation reads of <paramref name="observation"/>.</summary>
    internal static CountedObservation Of(TargetObservation observation) => new(observation.CountsOn, observation.Value);
}
