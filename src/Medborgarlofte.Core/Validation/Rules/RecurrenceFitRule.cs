using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML6004: a recurrence fits its period: the period is at least one recurrence long. Weekly over
/// four months fits; per school term over one month does not.
/// </summary>
internal sealed class RecurrenceFitRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.RecurrenceDoesNotFitPeriod;

    public void Check(ValidationContext context)
    {
        var targets = context.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            var location = targets[i];
            if (location.Target is not { Recurrence: { } recurrence } target || recurrence is Recurrence.Once or Recurrence.PerOccurrence)
            {
                continue;
            }

            var (minimum, per, perEnglish, one, oneEnglish) = recurrence switch
            {
                Recurrence.PerWeek => (7, "vecka", "week", "en vecka", "a week"),
                Recurrence.PerMonth => (28, "månad", "month", "en månad", "a month"),
                Recurrence.PerQuarter => (89, "kvartal", "quarter", "ett kvartal (89 dagar)", "a quarter (89 days)"),
                Recurrence.PerSchoolTerm => (84, "termin", "school term", "en termin (84 dagar)", "a school term (84 days)"),
                _ => (365, "år", "year", "ett år", "a year"),
            };
            if (context.PeriodOf(target) is not { } period || period.Length >= minimum)
            {
                continue;
            }

            var own = target.Period is null ? ("giltighetstiden", "the validity") : ("målets period", "the target's period");
            context.Report(
                JsonPointer.Append(location.Pointer, "recurrence"),
                new LocalizedText($"Målet gäller per {per}, men {own.Item1} är bara {period.Length} dagar, kortare än {one}.", $"The target applies per {perEnglish}, but {own.Item2} is only {period.Length} days, shorter than {oneEnglish}."),
                new LocalizedText("Välj en upprepning som ryms i perioden, eller once för hela perioden.", "Choose a recurrence that fits the period, or once for the whole period."));
        }
    }
}
