
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML6003: a qualitative target that carries a comparator, value or recurrence, which are then not counted.</summary>
internal sealed class QualitativeTargetRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.QualitativeTargetWithPredicate;

    public void Check(ValidationContext context)
    {
        var targets = context.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            var location = targets[i];
            if (location.Target is { Kind: TargetKind.Qualitative } target
                && (target.Comparator is not null || target.Value is not null || target.Recurrence is not null))
            {
                context.Report(
                    location.Pointer + "/kind",
                    new LocalizedText("Målet är kvalitativt men har jämförelse, värde eller upprepning, som då inte räknas.", "The target is qualitative but has a comparator, value or recurrence, which are then not counted."),
                    new LocalizedText("Sätt kind till quantitative (med unit), eller ta bort comparator, value och recurrence.", "Set kind to quantitative (with a unit), or remove comparator, value and recurrence."));
            }
        }
    }
}
