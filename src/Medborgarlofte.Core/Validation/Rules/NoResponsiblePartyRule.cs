using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML7002: a commitment names at least one responsible party. A warning, not an error: real
/// promises (Svalöv 2020, Höör 2023) often stand for both signatories without saying who does what.
/// </summary>
internal sealed class NoResponsiblePartyRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NoResponsibleParty;

    public void Check(ValidationContext context)
    {
        var commitments = context.Agreement.Commitments;
        for (var i = 0; i < commitments.Count; i++)
        {
            if (commitments[i] is { ResponsibleParties.IsEmpty: true } commitment)
            {
                context.Report(
                    JsonPointer.Commitment(i),
                    new LocalizedText($"Löftet {commitment.Number ?? commitment.Id} anger ingen ansvarig part.", $"The commitment {commitment.Number ?? commitment.Id} names no responsible party."),
                    new LocalizedText("Ange responsibleParties (\"kommunen\", \"polisen\" eller båda) så att det syns vem som gör vad.", "Give responsibleParties (the municipality, the police or both) so that it shows who does what."));
            }
        }
    }
}
