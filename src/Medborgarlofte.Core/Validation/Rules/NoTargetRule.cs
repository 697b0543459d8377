using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7003: a commitment without any target (mätbart mål); Brå found vague promises the main weakness.</summary>
internal sealed class NoTargetRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NoTarget;

    public void Check(ValidationContext context)
    {
        var commitments = context.Agreement.Commitments;
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i] is { Targets.IsEmpty: true } commitment && context.Lists())
            {
                context.Report(
                    JsonPointer.Commitment(i),
                    new LocalizedText($"Löftet {commitment.Number ?? commitment.Id} har inget mätbart mål.", $"The commitment {commitment.Number ?? commitment.Id} has no measurable target."),
                    new LocalizedText("Vaga löften går inte att följa upp: ange vad, hur många och hur ofta (\"minst en trafikkontroll per vecka\").", "Vague promises cannot be followed up: say what, how many and how often (\"at least one traffic check a week\")."));
            }
        }
    }
}
