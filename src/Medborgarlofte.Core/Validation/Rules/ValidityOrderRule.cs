using Medborgarlofte.Diagnostics;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML5001: the validity's start is not after its end.</summary>
internal sealed class ValidityOrderRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.ValidityEndsBeforeStart;

    public void Check(ValidationContext context)
    {
        if (context.Agreement.Validity is { End: { } end } validity && end < validity.Start)
        {
            context.Report(
                "/validity/end",
                new LocalizedText($"Giltighetstiden slutar {Dates.Iso(end)}, före sin start {Dates.Iso(validity.Start)}.", $"The validity ends {Dates.Iso(end)}, before its start {Dates.Iso(validity.Start)}."),
                new LocalizedText("Byt plats på datumen eller rätta årtalet.", "Swap the dates or correct the year."));
        }
    }
}
