namespace Medborgarlofte.Reference;

/// <summary>An organisation whose organisation number (organisationsnummer) has been confirmed.</summary>
/// <param name="Name">The organisation's name ("Polismyndigheten", "Kungsbacka kommun").</param>
/// <param name="OrganisationNumber">The organisation number, <c>NNNNNN-NNNN</c>.</param>
/// <param name="MunicipalityCode">The municipality code (kommunkod) when the organisation is a municipality.</param>
public sealed record KnownOrganisation(string Name, string OrganisationNumber, string? MunicipalityCode);
