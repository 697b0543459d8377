using System;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// The <c>email</c> format: an RFC 5321 <c>Mailbox</c> (ASCII only; internationalised addresses are the
/// separate <c>idn-email</c> format), checked on the UTF-8 bytes.
/// </summary>
/// <remarks>
/// The local part is a dot-string (atoms joined by single dots) or a quoted string, at most 64 characters.
/// The domain is a host name (labels of letters, digits and inner hyphens, at most 63 characters each and
/// 253 in all) or an address literal: <c>[IPv4]</c> or <c>[IPv6:address]</c>.
/// </remarks>
internal static class EmailFormat
{
    /// <summary>True for a valid RFC 5321 mailbox.</summary>
    public static bool IsEmail(ReadOnlySpan<byte> text)
    {
        int at;
        if (text.Length > 0 && text[0] == '"')
        {
            var end = QuotedStringEnd(text);
            if (end < 0 || end + 1 >= text.Length || text[end + 1] != '@')
            {
                return false;
            }

            at = end + 1;
        }
        else
        {
            at = text.IndexOf((byte)'@');
            if (at <= 0 || !IsDotString(text[..at]))
            {
                return false;
            }
        }

        return at <= 64 && IsDomain(text[(at + 1)..]);
    }

    /// <summary>Labels of letters, digits and inner hyphens (RFC 1123), each 1-63 characters, 253 in all.</summary>
    public static bool IsHostName(ReadOnlySpan<byte> text)
    {
        if (text.Length is 0 or > 253)
        {
            return false;
        }

        while (true)
        {
            var dot = text.IndexOf((byte)'.');
            var label = dot < 0 ? text : text[..dot];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var b in label)
            {
                if (!char.IsAsciiLetterOrDigit((char)b) && b != '-')
                {
                    return false;
                }
            }

            if (dot < 0)
            {
                return true;
            }

            text = text[(dot + 1)..];
        }
    }

    private static bool IsDomain(ReadOnlySpan<byte> text)
    {
        if (text.Length > 2 && text[0] == '[' && text[^1] == ']')
        {
            var literal = text[1..^1];
            return literal.Length > 5 && literal[..5].SequenceEqual("IPv6:"u8)
                ? IpAddressFormat.IsIPv6(literal[5..])
                : IpAddressFormat.IsIPv4(literal);
        }

        return IsHostName(text);
    }

    private static bool IsDotString(ReadOnlySpan<byte> text)
    {
        var previousDot = true; // no dot first
        foreach (var b in text)
        {
            if (b == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                previousDot = true;
                continue;
            }

            if (!IsAtext(b))
            {
                return false;
            }

            previousDot = false;
        }

        return !previousDot;
    }

    // Returns the index of the closing quote of the quoted string starting at text[0], or -1.
    private static int QuotedStringEnd(ReadOnlySpan<byte> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var b = text[i];
            if (b == '"')
            {
                return i;
            }

            if (b == '\\')
            {
                i++;
                if (i >= text.Length || text[i] is < (byte)' ' or > (byte)'~')
                {
                    return -1;
                }

                continue;
            }

            // qtextSMTP: %d32-33 / %d35-91 / %d93-126
            if (b is < (byte)' ' or > (byte)'~')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAtext(byte b) =>
        char.IsAsciiLetterOrDigit((char)b)
        || b is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'%' or (byte)'&' or (byte)'\'' or (byte)'*' or (byte)'+'
            or (byte)'-' or (byte)'/' or (byte)'=' or (byte)'?' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'{'
            or (byte)'|' or (byte)'}' or (byte)'~';
}
