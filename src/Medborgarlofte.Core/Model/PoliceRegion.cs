namespace Medborgarlofte;

/// <summary>The seven police regions (polisregioner) of Polismyndigheten.</summary>
public enum PoliceRegion
{
    /// <summary>Region Nord. JSON: <c>Nord</c>.</summary>
    Nord,

    /// <summary>Region Mitt. JSON: <c>Mitt</c>.</summary>
    Mitt,

    /// <summary>Region Stockholm. JSON: <c>Stockholm</c>.</summary>
    Stockholm,

    /// <summary>Region Öst. JSON: <c>Öst</c>.</summary>
    Ost,

    /// <summary>Region Väst. JSON: <c>Väst</c>.</summary>
    Vast,

    /// <summary>Region Syd. JSON: <c>Syd</c>.</summary>
    Syd,

    /// <summary>Region Bergslagen. JSON: <c>Bergslagen</c>.</summary>
    Bergslagen,
}
