using System;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// The <c>uri</c> format: an absolute RFC 3986 URI (<c>scheme ":" hier-part [ "?" query ] [ "#" fragment ]</c>),
/// checked against the RFC grammar byte by byte. Relative references and non-ASCII characters (IRIs) are not
/// URIs.
/// </summary>
internal static class UriFormat
{
    /// <summary>True for a syntactically valid absolute URI.</summary>
    public static bool IsUri(ReadOnlySpan<byte> text)
    {
        var colon = text.IndexOf((byte)':');
        if (colon <= 0 || !IsScheme(text[..colon]))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var hash = rest.IndexOf((byte)'#');
        if (hash >= 0)
        {
            if (!IsAllowed(rest[(hash + 1)..], CharSet.QueryOrFragment))
            {
                return false;
            }

            rest = rest[..hash];
        }

        var question = rest.IndexOf((byte)'?');
        if (question >= 0)
        {
            if (!IsAllowed(rest[(question + 1)..], CharSet.QueryOrFragment))
            {
                return false;
            }

            rest = rest[..question];
        }

        if (rest.Length >= 2 && rest[0] == '/' && rest[1] == '/')
        {
            rest = rest[2..];
            var slash = rest.IndexOf((byte)'/');
            var authority = slash < 0 ? rest : rest[..slash];
            return IsAuthority(authority) && IsAllowed(slash < 0 ? ReadOnlySpan<byte>.Empty : rest[slash..], CharSet.Path);
        }

        return IsAllowed(rest, CharSet.Path);
    }

    private enum CharSet
    {
        RegName,
        UserInfo,
        Path,
        QueryOrFragment,
    }

    private static bool IsScheme(ReadOnlySpan<byte> text)
    {
        if (!char.IsAsciiLetter((char)text[0]))
        {
            return false;
        }

        foreach (var b in text)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<byte> text)
    {
        var at = text.IndexOf((byte)'@');
        if (at >= 0)
        {
            if (!IsAllowed(text[..at], CharSet.UserInfo))
            {
                return false;
            }

            text = text[(at + 1)..];
        }

        ReadOnlySpan<byte> port;
        if (text.Length > 0 && text[0] == '[')
        {
            var close = text.IndexOf((byte)']');
            if (close < 0 || !IsIpLiteral(text[1..close]))
            {
                return false;
            }

            var after = text[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                return false;
            }

            port = after.Length > 0 ? after[1..] : ReadOnlySpan<byte>.Empty;
        }
        else
        {
            var portColon = text.IndexOf((byte)':');
            if (!IsAllowed(portColon < 0 ? text : text[..portColon], CharSet.RegName))
            {
                return false;
            }

            port = portColon < 0 ? ReadOnlySpan<byte>.Empty : text[(portColon + 1)..];
        }

        foreach (var b in port)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIpLiteral(ReadOnlySpan<byte> text)
    {
        if (text.Length > 0 && (text[0] | 0x20) == 'v')
        {
            // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var dot = text.IndexOf((byte)'.');
            if (dot < 2 || dot == text.Length - 1)
            {
                return false;
            }

            foreach (var b in text[1..dot])
            {
                if (!char.IsAsciiHexDigit((char)b))
                {
                    return false;
                }
            }

            foreach (var b in text[(dot + 1)..])
            {
                if (!IsUnreserved(b) && !IsSubDelim(b) && b != ':')
                {
                    return false;
                }
            }

            return true;
        }

        return IpAddressFormat.IsIPv6(text);
    }

    // reg-name: unreserved / pct-encoded / sub-delims; userinfo adds ":"; a path adds ":", "@" and "/";
    // a query or fragment adds "?" as well.
    private static bool IsAllowed(ReadOnlySpan<byte> text, CharSet set)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (IsUnreserved(b) || IsSubDelim(b))
            {
                continue;
            }

            if (b == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit((char)text[i + 1]) || !char.IsAsciiHexDigit((char)text[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var ok = b switch
            {
                (byte)':' => set != CharSet.RegName,
                (byte)'@' or (byte)'/' => set is CharSet.Path or CharSet.QueryOrFragment,
                (byte)'?' => set == CharSet.QueryOrFragment,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnreserved(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';

    private static bool IsSubDelim(byte b) =>
        b is (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*' or (byte)'+' or (byte)',' or (byte)';' or (byte)'=';
}
