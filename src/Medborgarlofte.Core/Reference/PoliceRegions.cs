using System;
using System.Collections.Generic;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Reference;

/// <summary>
/// The counties (län) each of Polismyndigheten's seven police regions (polisregioner) covers:
/// a municipality's county must lie in the region of its police unit (Båstad 1278 → county 12
/// Skåne → region Syd).
/// </summary>
public static class PoliceRegions
{
    /// <summary>Gets the county codes (länskoder) a police region covers.</summary>
    /// <param name="region">The police region.</param>
    /// <returns>The county codes, sorted; empty for a value outside the enum.</returns>
    public static IReadOnlyList<string> CountyCodes(PoliceRegion region) =>
        (uint)region < (uint)CodeListData.RegionCountyCodes.Length ? CodeListData.RegionCountyCodes[(int)region] : [];

    /// <summary>Tells whether a police region covers a county.</summary>
    /// <param name="region">The police region.</param>
    /// <param name="countyCode">The two-digit county code (länskod).</param>
    /// <returns>Whether the county lies in the region.</returns>
    public static bool Covers(PoliceRegion region, string countyCode)
    {
        Preconditions.CheckNotNull(countyCode, nameof(countyCode));
        if ((uint)region >= (uint)CodeListData.RegionCountyCodes.Length)
        {
            return false;
        }

        foreach (var code in CodeListData.RegionCountyCodes[(int)region])
        {
            if (code == countyCode)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the police region that covers a county.</summary>
    /// <param name="countyCode">The two-digit county code (länskod).</param>
    /// <returns>The region, or <see langword="null"/> when no region covers that code.</returns>
    public static PoliceRegion? FindByCounty(string countyCode)
    {
        Preconditions.CheckNotNull(countyCode, nameof(countyCode));
        for (var i = 0; i < CodeListData.RegionCountyCodes.Length; i++)
        {
            if (Covers((PoliceRegion)i, countyCode))
            {
                return (PoliceRegion)i;
            }
        }

        return null;
    }
}
