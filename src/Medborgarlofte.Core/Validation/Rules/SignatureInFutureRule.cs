using Medborgarlofte.Diagnostics;
using Medborgarlofte.Json;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5007: a signature dated after the as-of date.</summary>
internal sealed class SignatureInFutureRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.SignatureInFuture;

    public void Check(ValidationContext context)
    {
        var signatures = context.Agreement.Signatures;
        for (var i = 0; i < signatures.Count; i++)
        {
            if (signatures[i]?.Date is { } date && date > context.AsOf)
            {
                context.Report(
                    JsonPointer.Append(AgreementPointers.Signature(i), "date"),
                    new LocalizedText($"Underskriften är daterad {Dates.Iso(date)}, efter {Dates.Iso(context.AsOf)}.", $"The signature is dated {Dates.Iso(date)}, after {Dates.Iso(context.AsOf)}."),
                    new LocalizedText("Ett datum i framtiden är oftast ett skrivfel i årtalet.", "A date in the future is usually a typo in the year."));
            }
        }
    }
}
