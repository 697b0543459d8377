using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML7007: a signature missing from the only published copy is a gap in the source, said as a warning; the entry
/// stands for the party, so ML7005 (an error) is not raised for it.
/// </summary>
internal sealed class SignatureMissingFromSourceRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.SignatureMissingFromSource;

    public void Check(ValidationContext context)
    {
        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i] is { Status: SignatureStatus.Missing } signature)
            {
                var name = context.Parties.TryFind(signature.Party ?? string.Empty, out var party, out _) ? party?.Name?.Swedish ?? signature.Party : signature.Party;
                context.Report(
                    JsonPointer.Append(JsonPointer.Signature(i), "status"),
                    new LocalizedText($"Underskriften av {name} saknas i den publicerade kopian.", $"The signature of {name} is missing from the published copy."),
                    new LocalizedText("Ange underskriften om en annan kopia visar den; annars står luckan kvar som den är publicerad.", "Give the signature if another copy shows it; otherwise the gap stays as published."));
            }
        }
    }
}
