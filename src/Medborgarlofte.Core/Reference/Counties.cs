using System;
using System.Collections.Generic;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Reference;

/// <summary>The 21 Swedish counties (län) with their SCB county codes (länskoder).</summary>
public static class Counties
{
    /// <summary>Gets every county, sorted by code.</summary>
    public static IReadOnlyList<County> All => CodeListData.Counties;

    /// <summary>Finds a county by its two-digit code (länskod).</summary>
    /// <param name="code">The county code, e.g. <c>12</c>.</param>
    /// <returns>The county, or <see langword="null"/> when no county has that code.</returns>
    public static County? Find(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        var counties = CodeListData.Counties;
        int low = 0, high = counties.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var comparison = string.CompareOrdinal(counties[middle].Code, code);
            if (comparison == 0)
            {
                return counties[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
