using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4006: an organisation number (organisationsnummer) has a valid Luhn check digit; its form NNNNNN-NNNN the reader checks under the same code.</summary>
internal sealed class OrganisationNumberRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.InvalidOrganisationNumber;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var i = 0; i < parties.Count; i++)
        {
            // One not of the form NNNNNN-NNNN the reader reported, under the same code.
            if (parties[i]?.Identifiers?.OrganisationNumber is not { } number || !OrganisationNumbers.IsWellFormed(number) || OrganisationNumbers.HasValidCheckDigit(number))
            {
                continue;
            }

            context.Report(
                JsonPointer.Append(JsonPointer.Append(JsonPointer.Party(i), "identifiers"), "organisationNumber"),
                new LocalizedText($"Kontrollsiffran i \"{number}\" stämmer inte (Luhn).", $"The check digit of \"{number}\" is wrong (Luhn)."),
                new LocalizedText("Kontrollera numret mot Bolagsverket eller organisationens egna uppgifter.", "Check the number against the Companies Registration Office or the organisation's own records."));
        }
    }
}
