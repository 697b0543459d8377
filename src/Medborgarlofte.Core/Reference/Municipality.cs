namespace Medborgarlofte.Reference;

/// <summary>A Swedish municipality (kommun) with its SCB municipality code (kommunkod).</summary>
/// <param name="Code">The four-digit SCB municipality code (kommunkod), e.g. <c>1278</c>.</param>
/// <param name="Name">The short name as SCB lists it ("Båstad"); documents usually say "Båstads kommun".</param>
/// <param name="CountyCode">The two-digit county code (länskod): the first two digits of <paramref name="Code"/>.</param>
public sealed record Municipality(string Code, string Name, string CountyCode);
