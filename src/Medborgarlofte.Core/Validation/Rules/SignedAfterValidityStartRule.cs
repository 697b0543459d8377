using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5004: a signature dated after the validity started. A warning: it happens (signed in September for a May start).</summary>
internal sealed class SignedAfterValidityStartRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.SignedAfterValidityStart;

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
                    JsonPointer.Append(JsonPointer.Signature(i), "date"),
                    new LocalizedText($"Undertecknad {IsoDate.Format(date)}, efter att giltighetstiden började {IsoDate.Format(validity.Start)}.", $"Signed {IsoDate.Format(date)}, after the validity started {IsoDate.Format(validity.Start)}."),
                    new LocalizedText("Stämmer datumen med originalet? Löftet gällde då innan det var undertecknat.", "Do the dates match the original? The promise then applied before it was signed."));
            }
        }
    }
}
