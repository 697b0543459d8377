using Medborgarlofte.Internal;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5001: the validity's start is not after its end.</summary>
internal sealed class ValidityOrderRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.ValidityEndsBeforeStart;

    public void Check(ValidationContext context)
    {
        if (context.Agreement.Validity is { End: { } end } validity && end < validity.Start)
        {
            context.Report(
                "/validity/end",
                new LocalizedText($"Giltighetstiden slutar {IsoDate.Format(end)}, före sin start {IsoDate.Format(validity.Start)}.", $"The validity ends {IsoDate.Format(end)}, before its start {IsoDate.Format(validity.Start)}."),
                new LocalizedText("Byt plats på datumen eller rätta årtalet.", "Swap the dates or correct the year."));
        }
    }
}
