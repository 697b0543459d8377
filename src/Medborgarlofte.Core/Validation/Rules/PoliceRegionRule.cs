using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4005: the police unit's region covers the county of each municipality party.</summary>
internal sealed class PoliceRegionRule : IValidationRule
{
    private static readonly string[] RegionNames = ["Nord", "Mitt", "Stockholm", "Öst", "Väst", "Syd", "Bergslagen"];

    public DiagnosticDescriptor Descriptor => DiagnosticCodes.PoliceRegionMismatch;

    public void Check(ValidationContext context)
    {
        var parties = context.Agreement.Parties;
        for (var p = 0; p < parties.Count; p++)
        {
            if (parties[p] is not { Type: PartyType.Police, PoliceUnit.Region: { } region })
            {
                continue;
            }

            foreach (var party in parties)
            {
                if (party is not { Type: PartyType.Municipality, Identifiers.MunicipalityCode: { } code }
                    || Municipalities.Find(code) is not { } municipality || PoliceRegions.Covers(region, municipality.CountyCode))
                {
                    continue;
                }

                var regionName = (uint)region < (uint)RegionNames.Length ? RegionNames[(int)region] : region.ToString();
                var county = Counties.Find(municipality.CountyCode)?.Name ?? municipality.CountyCode;
                var right = PoliceRegions.FindByCounty(municipality.CountyCode) is { } expected ? RegionNames[(int)expected] : "?";
                context.Report(
                    JsonPointer.Append(JsonPointer.Append(JsonPointer.Party(p), "policeUnit"), "region"),
                    new LocalizedText($"Polisregion {regionName} omfattar inte {county}, där {municipality.Name} ({code}) ligger.", $"Police region {regionName} does not cover {county}, where {municipality.Name} ({code}) lies."),
                    new LocalizedText($"{county} hör till polisregion {right}.", $"{county} belongs to police region {right}."));
            }
        }
    }
}
