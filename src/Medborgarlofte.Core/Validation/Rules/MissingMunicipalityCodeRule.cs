using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4008: a municipality party without a code, so that its county and police region cannot be checked.</summary>
internal sealed class MissingMunicipalityCodeRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.MissingMunicipalityCode;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i] is { Type: PartyType.Municipality } party && party.Identifiers?.MunicipalityCode is null)
            {
                context.Report(
                    JsonPointer.Party(i),
                    new LocalizedText("Kommunen saknar kommunkod, så län och polisregion kan inte kontrolleras.", "The municipality has no municipality code, so its county and police region cannot be checked."),
                    new LocalizedText("Ange identifiers.municipalityCode (SCB:s kommunkod, t.ex. 1278).", "Give identifiers.municipalityCode (SCB's code, e.g. 1278)."));
            }
        }
    }
}
