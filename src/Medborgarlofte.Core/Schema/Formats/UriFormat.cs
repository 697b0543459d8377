using System;

namespace Medborgarlofte.Schema;

/// <summary>
/// The <c>uri</c> format: an absolute RFC 3986 URI (<c>scheme ":" hier-part [ "?" query ] [ "#" fragment ]</c>),
/// checked against the RFC grammar character by character. Relative references and non-ASCII characters
/// (IRIs) are not URIs.
/// </summary>
internal static class UriFormat
{
    /// <summary>True for a syntactically valid absolute URI.</summary>
    public static bool IsUri(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || !IsScheme(text[..colon]))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!IsQueryOrFragment(rest[(hash + 1)..]))
            {
                return false;
            }

            rest = rest[..hash];
        }

        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            if (!IsQueryOrFragment(rest[(question + 1)..]))
            {
                return false;
            }

            rest = rest[..question];
        }

        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            var authority = slash < 0 ? rest : rest[..slash];
            return IsAuthority(authority) && IsPath(slash < 0 ? ReadOnlySpan<char>.Empty : rest[slash..]);
        }

        return IsPath(rest);
    }

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (!char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAuthority(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            if (!IsAllowed(text[..at], allowColon: true, allowAt: false, allowSlashAndQuestion: false))
            {
                return false;
            }

            text = text[(at + 1)..];
        }

        ReadOnlySpan<char> port;
        if (text.Length > 0 && text[0] == '[')
        {
            var close = text.IndexOf(']');
            if (close < 0 || !IsIpLiteral(text[1..close]))
            {
                return false;
            }

            var after = text[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                return false;
            }

            port = after.Length > 0 ? after[1..] : ReadOnlySpan<char>.Empty;
        }
        else
        {
            var portColon = text.IndexOf(':');
            var host = portColon < 0 ? text : text[..portColon];
            if (!IsAllowed(host, allowColon: false, allowAt: false, allowSlashAndQuestion: false))
            {
                return false;
            }

            port = portColon < 0 ? ReadOnlySpan<char>.Empty : text[(portColon + 1)..];
        }

        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIpLiteral(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is 'v' or 'V')
        {
            // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var dot = text.IndexOf('.');
            if (dot < 2 || dot == text.Length - 1)
            {
                return false;
            }

            foreach (var c in text[1..dot])
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            foreach (var c in text[(dot + 1)..])
            {
                if (!IsUnreserved(c) && !IsSubDelim(c) && c != ':')
                {
                    return false;
                }
            }

            return true;
        }

        return IpAddressFormat.IsIPv6(text);
    }

    // path segments: pchar or "/".
    private static bool IsPath(ReadOnlySpan<char> text) =>
        IsAllowed(text, allowColon: true, allowAt: true, allowSlashAndQuestion: false, allowSlash: true);

    private static bool IsQueryOrFragment(ReadOnlySpan<char> text) =>
        IsAllowed(text, allowColon: true, allowAt: true, allowSlashAndQuestion: true);

    private static bool IsAllowed(ReadOnlySpan<char> text, bool allowColon, bool allowAt, bool allowSlashAndQuestion, bool allowSlash = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnreserved(c) || IsSubDelim(c))
            {
                continue;
            }

            if (c == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                i += 2;
                continue;
            }

            var ok = c switch
            {
                ':' => allowColon,
                '@' => allowAt,
                '/' => allowSlash || allowSlashAndQuestion,
                '?' => allowSlashAndQuestion,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsSubDelim(char c) =>
        c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
}
