using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.PoliceUnit>;

namespace Medborgarlofte;

/// <summary>Where a police party sits: region, police area (polisområde), local police area (lokalpolisområde).</summary>
public sealed record PoliceUnit
{
    /// <summary>Gets the police region.</summary>
    public PoliceRegion? Region { get; init; }

    /// <summary>Gets the police area (polisområde), e.g. "Nordvästra Skåne".</summary>
    public string? PoliceArea { get; init; }

    /// <summary>Gets the local police area (lokalpolisområde), e.g. "Ängelholm".</summary>
    public string? LocalPoliceArea { get; init; }

    /// <summary>The declaration of the format's <c>policeUnit</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<PoliceUnit> Shape = new(
        static v => new PoliceUnit { Region = v.Nullable<PoliceRegion>(), PoliceArea = v.Optional<string>(), LocalPoliceArea = v.Optional<string>() },
        F.Code("region", static x => x.Region, ModelCodes.PoliceRegions),
        F.String("policeArea", static x => x.PoliceArea),
        F.String("localPoliceArea", static x => x.LocalPoliceArea));
}
