
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5005: an open-ended validity ("gäller tills nya löften tas fram") is allowed but reported.</summary>
internal sealed class OpenEndedValidityRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.OpenEndedValidity;

    public void Check(ValidationContext context)
    {
        if (context.Agreement.Validity is { End: null })
        {
            context.Report(
                "/validity",
                new LocalizedText("Giltighetstiden har inget slutdatum.", "The validity has no end date."),
                new LocalizedText("Tillåtet, men uppföljning och mål per period behöver ett slutdatum.", "Allowed, but follow-up and periodic targets need an end date."));
        }
    }
}
