using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5004: a signature dated after the validity started. A warning: it happens (signed in September for a May start).</summary>
internal sealed class SignedAfterValidityStartRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.SignedAfterValidityStart;

    public void Check(ValidationContext context)
    {
        if (context.Agreement.Validity is not { } validity)
        {
            return;
        }

        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i]?.Date is { } date && date > validity.Start)
            {
                context.Report(
                    JsonPointer.Append(AgreementPointers.Signature(i), "date"),
                    new LocalizedText($"Undertecknad {Dates.Iso(date)}, efter att giltighetstiden började {Dates.Iso(validity.Start)}.", $"Signed {Dates.Iso(date)}, after the validity started {Dates.Iso(validity.Start)}."),
                    new LocalizedText("Stämmer datumen med originalet? Löftet gällde då innan det var undertecknat.", "Do the dates match the original? The promise then applied before it was signed."));
            }
        }
    }
}
