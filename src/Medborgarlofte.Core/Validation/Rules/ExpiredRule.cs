using Medborgarlofte.Internal;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5006: the validity ended before the as-of date (not for a superseded document, which is expected to have ended).</summary>
internal sealed class ExpiredRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.Expired;

    public void Check(ValidationContext context)
    {
        var agreement = context.Agreement;
        if (agreement.Validity is { End: { } end } && end < context.AsOf && agreement.Revision?.Status != RevisionStatus.Superseded)
        {
            context.Report(
                "/validity/end",
                new LocalizedText($"Löftet gällde till {IsoDate.Format(end)}; det har gått ut (per {IsoDate.Format(context.AsOf)}).", $"The promise applied until {IsoDate.Format(end)}; it has ended (as of {IsoDate.Format(context.AsOf)})."),
                new LocalizedText("Ta fram nya löften, eller sätt status superseded när ett nytt dokument ersatt det.", "Make new promises, or set status superseded once a new document replaces it."));
        }
    }
}
