namespace Medborgarlofte;

/// <summary>The kind of organisation a party is (part).</summary>
public enum PartyType
{
    /// <summary>A municipality (kommun). JSON: <c>municipality</c>.</summary>
    Municipality,

    /// <summary>A police unit (Polismyndigheten, a lokalpolisområde). JSON: <c>police</c>.</summary>
    Police,

    /// <summary>A region (Region Skåne, Region Halland). JSON: <c>region</c>.</summary>
    Region,

    /// <summary>A rescue service (räddningstjänst). JSON: <c>rescueService</c>.</summary>
    RescueService,

    /// <summary>A housing company (bostadsbolag). JSON: <c>housingCompany</c>.</summary>
    HousingCompany,

    /// <summary>An association (förening). JSON: <c>association</c>.</summary>
    Association,

    /// <summary>A business (företag). JSON: <c>business</c>.</summary>
    Business,

    /// <summary>Another government agency (myndighet). JSON: <c>governmentAgency</c>.</summary>
    GovernmentAgency,

    /// <summary>Any other organisation (annan). JSON: <c>other</c>.</summary>
    Other,
}
