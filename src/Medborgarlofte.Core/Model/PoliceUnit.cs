namespace Medborgarlofte.Model;

/// <summary>Where a police party sits: region, police area (polisområde), local police area (lokalpolisområde).</summary>
public sealed record PoliceUnit
{
    /// <summary>Gets the police region.</summary>
    public PoliceRegion? Region { get; init; }

    /// <summary>Gets the police area (polisområde), e.g. "Nordvästra Skåne".</summary>
    public string? PoliceArea { get; init; }

    /// <summary>Gets the local police area (lokalpolisområde), e.g. "Ängelholm".</summary>
    public string? LocalPoliceArea { get; init; }
}
