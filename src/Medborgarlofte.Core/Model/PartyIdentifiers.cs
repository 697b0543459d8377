namespace Medborgarlofte.Model;

/// <summary>Official identifiers of a party.</summary>
public sealed record PartyIdentifiers
{
    /// <summary>Gets the SCB municipality code (kommunkod), four digits; the first two are the county.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>Gets the organisation number (organisationsnummer), <c>NNNNNN-NNNN</c> with a Luhn check digit.</summary>
    public string? OrganisationNumber { get; init; }
}
