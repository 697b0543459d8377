using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5007: a signature dated after the as-of date.</summary>
internal sealed class SignatureInFutureRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.SignatureInFuture;

    public void Check(ValidationContext context)
    {
        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i]?.Date is { } date && date > context.AsOf)
            {
                context.Report(
                    JsonPointer.Append(JsonPointer.Signature(i), "date"),
                    new LocalizedText($"Underskriften är daterad {IsoDate.Format(date)}, efter {IsoDate.Format(context.AsOf)}.", $"The signature is dated {IsoDate.Format(date)}, after {IsoDate.Format(context.AsOf)}."),
                    new LocalizedText("Ett datum i framtiden är oftast ett skrivfel i årtalet.", "A date in the future is usually a typo in the year."));
            }
        }
    }
}
