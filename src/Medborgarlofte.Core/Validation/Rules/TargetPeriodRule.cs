using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5002: a target's period lies inside the validity.</summary>
internal sealed class TargetPeriodRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.TargetPeriodOutsideValidity;

    public void Check(ValidationContext context)
    {
        if (context.Agreement.Validity is not { } validity || (validity.End is { } last && last < validity.Start))
        {
            return;
        }

        var targets = context.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            var location = targets[i];
            if (location.Target?.Period is not { } period)
            {
                continue;
            }

            var early = period.Start < validity.Start;
            var late = validity.End is { } end && period.End > end;
            if (!early && !late)
            {
                continue;
            }

            var span = validity.End is { } e ? $"{IsoDate.Format(validity.Start)}–{IsoDate.Format(e)}" : $"{IsoDate.Format(validity.Start)}–";
            context.Report(
                JsonPointer.Append(location.Pointer, "period"),
                new LocalizedText($"Målets period {IsoDate.Format(period.Start)}–{IsoDate.Format(period.End)} ligger utanför giltighetstiden {span}.", $"The target's period {IsoDate.Format(period.Start)}–{IsoDate.Format(period.End)} lies outside the validity {span}."),
                new LocalizedText("Ett mål kan bara gälla medan löftet gäller.", "A target can only apply while the promise does."));
        }
    }
}
