using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4007: a valid organisation number that belongs to another organisation than the party.</summary>
internal sealed class OrganisationNumberPartyRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.OrganisationNumberMismatch;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            if (party?.Identifiers?.OrganisationNumber is not { } number || !OrganisationNumbers.HasValidCheckDigit(number))
            {
                continue;
            }

            var known = OrganisationNumbers.FindKnown(number);
            LocalizedText? message = null;
            if (party.Type == PartyType.Police && number != OrganisationNumbers.PoliceAuthority)
            {
                message = new($"Polisens organisationsnummer är {OrganisationNumbers.PoliceAuthority} (Polismyndigheten), inte {number}.", $"The police's organisation number is {OrganisationNumbers.PoliceAuthority} (Polismyndigheten), not {number}.");
            }
            else if (party.Type == PartyType.Municipality && !number.StartsWith(OrganisationNumbers.MunicipalityPrefix, System.StringComparison.Ordinal))
            {
                message = new($"En kommuns organisationsnummer börjar med {OrganisationNumbers.MunicipalityPrefix}; {number} gör inte det.", $"A municipality's organisation number starts {OrganisationNumbers.MunicipalityPrefix}; {number} does not.");
            }
            else if (party.Type == PartyType.Municipality && known?.MunicipalityCode is { } knownCode
                && party.Identifiers.MunicipalityCode is { } code && code != knownCode)
            {
                message = new($"{number} är organisationsnumret för {known.Name} ({knownCode}), inte för kommunkod {code}.", $"{number} is the organisation number of {known.Name} ({knownCode}), not of municipality code {code}.");
            }
            else if (party.Type != PartyType.Police && number == OrganisationNumbers.PoliceAuthority)
            {
                message = new($"{number} är Polismyndighetens organisationsnummer, men parten är inte polisen.", $"{number} is Polismyndigheten's organisation number, but the party is not the police.");
            }

            if (message is not null)
            {
                context.Report(JsonPointer.Append(JsonPointer.Append(JsonPointer.Party(i), "identifiers"), "organisationNumber"), message);
            }
        }
    }
}
