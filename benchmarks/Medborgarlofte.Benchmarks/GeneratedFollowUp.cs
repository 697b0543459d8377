using System.Collections.Generic;
using System.Globalization;
using Medborgarlofte.FollowUp;
using NodaTime;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// A deterministic follow-up of any agreement: as of the validity's midpoint, one observation per
/// target per four weeks from the start, values cycling 0–2, so evaluation sees met and unmet targets.
/// </summary>
public static class GeneratedFollowUp
{
    public static FollowUpDocument Create(Agreement agreement)
    {
        var start = agreement.Validity.Start;
        var end = agreement.Validity.End ?? start.PlusYears(1);
        var asOf = start.PlusDays(Period.Between(start, end, PeriodUnits.Days).Days / 2);
        var observations = new List<TargetObservation>();
        var n = 0;
        foreach (var commitment in agreement.Commitments)
        {
            foreach (var target in commitment.Targets)
            {
                for (var day = start; day <= asOf; day = day.PlusWeeks(4))
                {
                    observations.Add(new TargetObservation { Target = target.Id, Date = day, Value = n++ % 3 });
                }
            }
        }

        return new FollowUpDocument
        {
            Id = agreement.Id + "-uppfoljning-" + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Agreement = new DocumentReference { Id = agreement.Id, Revision = agreement.Revision.Number },
            AsOf = asOf,
            Illustrative = true,
            Observations = EquatableArray.Create<TargetObservation>([.. observations]),
        };
    }
}
