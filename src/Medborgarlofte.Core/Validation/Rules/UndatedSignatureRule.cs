using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML5003: a signature has a date. A warning: real documents (Svalöv 2020) print none. A signature missing from the
/// published copy is ML7007's, not this rule's.
/// </summary>
internal sealed class UndatedSignatureRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.UndatedSignature;

    public void Check(ValidationContext context)
    {
        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i] is { Date: null } signature && signature.Status != SignatureStatus.Missing)
            {
                context.Report(
                    JsonPointer.Signature(i),
                    new LocalizedText($"Underskriften av {signature.Name ?? signature.Party} saknar datum.", $"The signature of {signature.Name ?? signature.Party} has no date."),
                    new LocalizedText("Ange date när underskriften är daterad i originalet.", "Give date when the original signature is dated."));
            }
        }
    }
}
