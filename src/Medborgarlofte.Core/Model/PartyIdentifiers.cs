using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.PartyIdentifiers>;

namespace Medborgarlofte;

/// <summary>Official identifiers of a party.</summary>
public sealed record PartyIdentifiers
{
    /// <summary>Gets the SCB municipality code (kommunkod), four digits; the first two are the county.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>Gets the organisation number (organisationsnummer), <c>NNNNNN-NNNN</c> with a Luhn check digit.</summary>
    public string? OrganisationNumber { get; init; }

    /// <summary>The declaration of the format's <c>partyIdentifiers</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<PartyIdentifiers> Shape = new(
        static v => new PartyIdentifiers { MunicipalityCode = v.Optional<string>(), OrganisationNumber = v.Optional<string>() },
        F.String("municipalityCode", static x => x.MunicipalityCode, check: ValueChecks.MunicipalityCode),
        F.String("organisationNumber", static x => x.OrganisationNumber, check: ValueChecks.OrganisationNumber));
}
