using Medborgarlofte.Json;
using Medborgarlofte.Json.Formats;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4003: a municipality code (kommunkod) is one of SCB's 290; one not of four digits the reader reports under the same code.</summary>
internal sealed class MunicipalityCodeRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.UnknownMunicipalityCode;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i]?.Identifiers?.MunicipalityCode is { } code && ValueChecks.IsMunicipalityCodeForm(code) && Municipalities.Find(code) is null)
            {
                context.Report(
                    JsonPointer.Append(JsonPointer.Append(JsonPointer.Party(i), "identifiers"), "municipalityCode"),
                    new LocalizedText($"\"{code}\" är inte en av SCB:s 290 kommunkoder.", $"\"{code}\" is not one of SCB's 290 municipality codes."),
                    new LocalizedText("Kommunkoden har fyra siffror, de två första är länskoden (Båstad: 1278).", "The code has four digits, the first two the county's (Båstad: 1278)."));
            }
        }
    }
}
