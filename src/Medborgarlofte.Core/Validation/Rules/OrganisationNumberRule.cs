using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4006: an organisation number (organisationsnummer) is NNNNNN-NNNN with a valid Luhn check digit.</summary>
internal sealed class OrganisationNumberRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.InvalidOrganisationNumber;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i]?.Identifiers?.OrganisationNumber is not { } number || OrganisationNumbers.HasValidCheckDigit(number))
            {
                continue;
            }

            var pointer = JsonPointer.Append(JsonPointer.Append(AgreementPointers.Party(i), "identifiers"), "organisationNumber");
            if (!OrganisationNumbers.IsWellFormed(number))
            {
                context.Report(
                    pointer,
                    new LocalizedText($"\"{number}\" har inte formen NNNNNN-NNNN.", $"\"{number}\" is not of the form NNNNNN-NNNN."),
                    new LocalizedText("Skriv tio siffror med bindestreck efter den sjätte (202100-0076).", "Write ten digits with a hyphen after the sixth (202100-0076)."));
            }
            else
            {
                context.Report(
                    pointer,
                    new LocalizedText($"Kontrollsiffran i \"{number}\" stämmer inte (Luhn).", $"The check digit of \"{number}\" is wrong (Luhn)."),
                    new LocalizedText("Kontrollera numret mot Bolagsverket eller organisationens egna uppgifter.", "Check the number against the Companies Registration Office or the organisation's own records."));
            }
        }
    }
}
