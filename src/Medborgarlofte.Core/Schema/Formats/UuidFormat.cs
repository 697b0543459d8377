using System;

namespace Medborgarlofte.Schema;

/// <summary>RFC 4122 string form of a UUID: 8-4-4-4-12 hexadecimal digits, any case, any version or variant.</summary>
internal static class UuidFormat
{
    /// <summary>True for "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" with ASCII hexadecimal digits.</summary>
    public static bool IsUuid(ReadOnlySpan<byte> text)
    {
        if (text.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != '-' : !char.IsAsciiHexDigit((char)text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
