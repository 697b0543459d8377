using System;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// Textual IPv4 (dotted decimal, RFC 3986 <c>dec-octet</c>: no leading zeros) and IPv6 (RFC 4291 section 2.2,
/// as in RFC 3986 <c>IPv6address</c>, without zone identifiers) addresses, used by the email and uri formats.
/// </summary>
internal static class IpAddressFormat
{
    /// <summary>Four decimal octets 0-255 without leading zeros, separated by dots.</summary>
    public static bool IsIPv4(ReadOnlySpan<byte> text)
    {
        for (var part = 0; part < 4; part++)
        {
            var dot = text.IndexOf((byte)'.');
            if (part == 3)
            {
                return dot < 0 && IsDecOctet(text);
            }

            if (dot < 0 || !IsDecOctet(text[..dot]))
            {
                return false;
            }

            text = text[(dot + 1)..];
        }

        return false;
    }

    /// <summary>Eight groups of 1-4 hex digits, "::" for one or more zero groups, an optional IPv4 tail.</summary>
    public static bool IsIPv6(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var doubleColon = text.IndexOf("::"u8);
        if (doubleColon < 0)
        {
            return TryCountGroups(text, allowIPv4Tail: true, out var groups) && groups == 8;
        }

        var head = text[..doubleColon];
        var tail = text[(doubleColon + 2)..];
        if (tail.IndexOf("::"u8) >= 0)
        {
            return false;
        }

        var headGroups = 0;
        if (head.Length > 0 && !TryCountGroups(head, allowIPv4Tail: false, out headGroups))
        {
            return false;
        }

        var tailGroups = 0;
        if (tail.Length > 0 && !TryCountGroups(tail, allowIPv4Tail: true, out tailGroups))
        {
            return false;
        }

        return headGroups + tailGroups <= 7;
    }

    private static bool TryCountGroups(ReadOnlySpan<byte> text, bool allowIPv4Tail, out int groups)
    {
        groups = 0;
        while (true)
        {
            var colon = text.IndexOf((byte)':');
            var group = colon < 0 ? text : text[..colon];
            if (colon < 0 && allowIPv4Tail && group.IndexOf((byte)'.') >= 0)
            {
                if (!IsIPv4(group))
                {
                    return false;
                }

                groups += 2;
                return true;
            }

            if (group.Length is 0 or > 4)
            {
                return false;
            }

            foreach (var b in group)
            {
                if (!char.IsAsciiHexDigit((char)b))
                {
                    return false;
                }
            }

            groups++;
            if (colon < 0)
            {
                return true;
            }

            text = text[(colon + 1)..];
        }
    }

    private static bool IsDecOctet(ReadOnlySpan<byte> text)
    {
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        var value = 0;
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return value <= 255;
    }
}
