using System;
using System.Collections.Generic;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Reference;

/// <summary>
/// Swedish organisation numbers (organisationsnummer): <c>NNNNNN-NNNN</c>, the last digit a Luhn
/// check digit over the other nine. Polismyndigheten is <c>202100-0076</c>; municipalities start <c>212000-</c>.
/// </summary>
public static class OrganisationNumbers
{
    /// <summary>The organisation number of Polismyndigheten (the Swedish Police Authority).</summary>
    public const string PoliceAuthority = "202100-0076";

    /// <summary>The first seven characters every municipality's organisation number shares.</summary>
    public const string MunicipalityPrefix = "212000-";

    /// <summary>Gets the organisations whose numbers have been confirmed.</summary>
    public static IReadOnlyList<KnownOrganisation> Known => CodeListData.Organisations;

    /// <summary>Finds a confirmed organisation by its number.</summary>
    /// <param name="organisationNumber">The number, <c>NNNNNN-NNNN</c>.</param>
    /// <returns>The organisation, or <see langword="null"/> when the number is not among the confirmed ones.</returns>
    public static KnownOrganisation? FindKnown(string organisationNumber)
    {
        Preconditions.CheckNotNull(organisationNumber, nameof(organisationNumber));
        foreach (var organisation in CodeListData.Organisations)
        {
            if (organisation.OrganisationNumber == organisationNumber)
            {
                return organisation;
            }
        }

        return null;
    }

    /// <summary>Tells whether a string has the form <c>NNNNNN-NNNN</c> (ten ASCII digits, a hyphen after the sixth).</summary>
    /// <param name="organisationNumber">The string.</param>
    /// <returns>Whether the form is right; the check digit is not looked at.</returns>
    public static bool IsWellFormed(string organisationNumber)
    {
        Preconditions.CheckNotNull(organisationNumber, nameof(organisationNumber));
        if (organisationNumber.Length != 11 || organisationNumber[6] != '-')
        {
            return false;
        }

        for (var i = 0; i < organisationNumber.Length; i++)
        {
            if (i != 6 && !char.IsAsciiDigit(organisationNumber[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a well-formed number's last digit is the Luhn check digit of the other nine.</summary>
    /// <param name="organisationNumber">The number, <c>NNNNNN-NNNN</c>.</param>
    /// <returns>Whether the number is well formed and its check digit is right.</returns>
    public static bool HasValidCheckDigit(string organisationNumber)
    {
        if (!IsWellFormed(organisationNumber))
        {
            return false;
        }

        // Luhn over the ten digits: from the right, every second digit is doubled (9 subtracted above 9).
        var sum = 0;
        var position = 0;
        for (var i = organisationNumber.Length - 1; i >= 0; i--)
        {
            if (i == 6)
            {
                continue;
            }

            var digit = organisationNumber[i] - '0';
            if (position % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            position++;
        }

        return sum % 10 == 0;
    }
}
