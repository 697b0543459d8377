using System;
using System.Globalization;
using System.Text;

namespace Medborgarlofte.Schema;

/// <summary>
/// RFC 6901 JSON Pointer helpers: escaping of reference tokens (<c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>),
/// unescaping, and the percent-encoding used when a pointer is placed in a URI fragment.
/// </summary>
internal static class JsonPointerText
{
    /// <summary>Appends "/" and the escaped token.</summary>
    public static void AppendToken(StringBuilder builder, string token)
    {
        builder.Append('/');
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            builder.Append(token);
            return;
        }

        foreach (var c in token)
        {
            switch (c)
            {
                case '~':
                    builder.Append("~0");
                    break;
                case '/':
                    builder.Append("~1");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    /// <summary>Appends "/" and the index.</summary>
    public static void AppendToken(StringBuilder builder, int index) =>
        builder.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Returns <paramref name="pointer"/> followed by the escaped token.</summary>
    public static string Append(string pointer, string token)
    {
        var builder = new StringBuilder(pointer.Length + token.Length + 4);
        builder.Append(pointer);
        AppendToken(builder, token);
        return builder.ToString();
    }

    /// <summary>Returns <paramref name="pointer"/> followed by the index.</summary>
    public static string Append(string pointer, int index) =>
        string.Concat(pointer, "/", index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Unescapes one reference token; false when it holds a <c>~</c> not followed by 0 or 1.</summary>
    public static bool TryUnescapeToken(ReadOnlySpan<char> token, out string value)
    {
        if (token.IndexOf('~') < 0)
        {
            value = token.ToString();
            return true;
        }

        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c != '~')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= token.Length || (token[i + 1] != '0' && token[i + 1] != '1'))
            {
                value = string.Empty;
                return false;
            }

            builder.Append(token[i + 1] == '0' ? '~' : '/');
            i++;
        }

        value = builder.ToString();
        return true;
    }

    /// <summary>
    /// Percent-encodes a JSON pointer for use as a URI fragment (RFC 6901 section 6): every character that
    /// RFC 3986 does not allow in a fragment is written as UTF-8 <c>%XX</c>.
    /// </summary>
    public static string ToUriFragment(string pointer)
    {
        var clean = true;
        foreach (var c in pointer)
        {
            if (!IsFragmentChar(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return pointer;
        }

        var builder = new StringBuilder(pointer.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < pointer.Length; i++)
        {
            var c = pointer[i];
            if (IsFragmentChar(c))
            {
                builder.Append(c);
                continue;
            }

            int length;
            if (char.IsHighSurrogate(c) && i + 1 < pointer.Length && char.IsLowSurrogate(pointer[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(pointer.AsSpan(i, 2), utf8);
                i++;
            }
            else
            {
                length = Encoding.UTF8.GetBytes(pointer.AsSpan(i, 1), utf8);
            }

            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes <c>%XX</c> sequences (UTF-8); false when a sequence is malformed.</summary>
    public static bool TryPercentDecode(string text, out string value)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            value = text;
            return true;
        }

        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length
                    || !byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                {
                    value = string.Empty;
                    return false;
                }

                bytes[count++] = b;
                i += 2;
                continue;
            }

            count += Encoding.UTF8.GetBytes(text.AsSpan(i, char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1), bytes.AsSpan(count));
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                i++;
            }
        }

        value = Encoding.UTF8.GetString(bytes, 0, count);
        return true;
    }

    // RFC 3986: fragment = *( pchar / "/" / "?" ), pchar = unreserved / pct-encoded / sub-delims / ":" / "@".
    private static bool IsFragmentChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~'
            or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '='
            or ':' or '@' or '/' or '?';
}
