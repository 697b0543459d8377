using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7008: a signature whose status says the copy has no name (nameNotPublished, blankLine, missing) has none.</summary>
internal sealed class NameOnUnnamedSignatureRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NameOnUnnamedSignature;

    public void Check(ValidationContext context)
    {
        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i] is { Status: SignatureStatus.NameNotPublished or SignatureStatus.BlankLine or SignatureStatus.Missing, Name: not null } signature)
            {
                var status = signature.Status switch
                {
                    SignatureStatus.NameNotPublished => "nameNotPublished",
                    SignatureStatus.BlankLine => "blankLine",
                    _ => "missing",
                };
                context.Report(
                    JsonPointer.Append(JsonPointer.Signature(i), "name"),
                    new LocalizedText($"Underskriften har status {status} men namnet \"{signature.Name}\".", $"The signature has status {status} but the name \"{signature.Name}\"."),
                    new LocalizedText("Ta bort namnet, eller sätt status till signed om kopian visar namnet.", "Remove the name, or set the status to signed if the copy shows the name."));
            }
        }
    }
}
