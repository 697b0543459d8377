using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4004: a municipality's name agrees with its code; only a name that is clearly another municipality's is reported.</summary>
internal sealed class MunicipalityNameRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.MunicipalityNameMismatch;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            if (party?.Type != PartyType.Municipality || party.Identifiers?.MunicipalityCode is not { } code
                || Municipalities.Find(code) is not { } municipality || party.Name is null)
            {
                continue;
            }

            var name = party.Name.Swedish;
            if (Municipalities.IsNameOf(municipality, name) || Municipalities.FindByName(name) is not { } other)
            {
                continue;
            }

            context.Report(
                JsonPointer.Append(JsonPointer.Party(i), "name"),
                new LocalizedText($"Namnet \"{name}\" är {other.Name}s ({other.Code}), men kommunkoden {code} är {municipality.Name}s.", $"The name \"{name}\" is {other.Name}'s ({other.Code}), but the code {code} is {municipality.Name}'s."),
                new LocalizedText("Rätta namnet eller kommunkoden.", "Correct the name or the code."));
        }
    }
}
