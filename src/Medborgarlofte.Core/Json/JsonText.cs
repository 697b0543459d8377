using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Medborgarlofte.Json;

/// <summary>
/// Reads JSON strings and property names straight from the document's UTF-8 bytes.
/// </summary>
/// <remarks>
/// Why: <see cref="JsonElement.GetString"/> and <see cref="JsonProperty.Name"/> allocate a string per call,
/// which would dominate the cost of evaluating a document. The raw bytes are only unescaped (into a caller's
/// buffer, or a per-thread one for <see cref="Unescaped"/> and <see cref="Decoded"/>) when they contain a backslash.
/// </remarks>
internal static class JsonText
{
    /// <summary>The most raw bytes one code point can take: an escaped surrogate pair, "\\uD83D\\uDE00".</summary>
    public const int MaxBytesPerCodePoint = 12;

    /// <summary>The largest text decoded on the stack; longer texts use a pooled buffer.</summary>
    public const int StackLimit = 256;

    [ThreadStatic]
    private static char[]? t_chars;

    [ThreadStatic]
    private static byte[]? t_bytes;

    /// <summary>The raw (possibly escaped) UTF-8 content of a string element, without the quotes.</summary>
    public static ReadOnlySpan<byte> RawString(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        return raw.Length >= 2 ? raw[1..^1] : raw;
    }

    /// <summary>The raw (possibly escaped) UTF-8 name of a property.</summary>
    public static ReadOnlySpan<byte> RawName(JsonProperty property) => JsonMarshal.GetRawUtf8PropertyName(property);

    /// <summary>
    /// Raw string content as UTF-16, in a buffer of this thread's (grown as needed): valid until the next call on
    /// the same thread. Evaluation is single-threaded per document and never holds two decoded texts at once.
    /// </summary>
    public static ReadOnlySpan<char> Decoded(ReadOnlySpan<byte> raw)
    {
        var scratch = Grown(ref t_chars, raw.Length);
        if (HasEscapes(raw))
        {
            return scratch.AsSpan(0, Unescape(raw, scratch));
        }

        Utf8.ToUtf16(raw, scratch, out _, out var count, replaceInvalidSequences: true);
        return scratch.AsSpan(0, count);
    }

    /// <summary>
    /// Raw string content as unescaped UTF-8: the raw bytes themselves when they hold no escape, else a buffer of
    /// this thread's, valid until the next call on the same thread (as <see cref="Decoded"/>).
    /// </summary>
    public static ReadOnlySpan<byte> Unescaped(ReadOnlySpan<byte> raw)
    {
        if (!HasEscapes(raw))
        {
            return raw;
        }

        var scratch = Grown(ref t_bytes, raw.Length);
        return scratch.AsSpan(0, UnescapeToUtf8(raw, scratch));
    }

    /// <summary>True when the raw text holds an escape sequence.</summary>
    public static bool HasEscapes(ReadOnlySpan<byte> raw) => raw.IndexOf((byte)'\\') >= 0;

    /// <summary>Counts Unicode code points (not UTF-16 units) in raw JSON string content.</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> raw)
    {
        // Common case, checked with vectorised scans: plain ASCII without escapes, one byte per code point.
        if (Ascii.IsValid(raw) && raw.IndexOf((byte)'\\') < 0)
        {
            return raw.Length;
        }

        var count = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var b = raw[i];
            if (b != '\\')
            {
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }

                i++;
                continue;
            }

            if (i + 1 < raw.Length && raw[i + 1] == 'u' && TryReadHex4(raw, i + 2, out var unit))
            {
                i += 6;
                if (char.IsHighSurrogate((char)unit) && i + 5 < raw.Length && raw[i] == '\\' && raw[i + 1] == 'u'
                    && TryReadHex4(raw, i + 2, out var low) && char.IsLowSurrogate((char)low))
                {
                    i += 6;
                }
            }
            else
            {
                i += 2;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// Unescapes raw JSON string content into UTF-16. <paramref name="destination"/> must hold at least
    /// <c>raw.Length</c> characters (unescaping never makes the text longer).
    /// </summary>
    public static int Unescape(ReadOnlySpan<byte> raw, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var backslash = raw[i..].IndexOf((byte)'\\');
            var plain = backslash < 0 ? raw[i..] : raw.Slice(i, backslash);
            if (plain.Length > 0)
            {
                Utf8.ToUtf16(plain, destination[written..], out _, out var chars, replaceInvalidSequences: true);
                written += chars;
                i += plain.Length;
            }

            if (backslash < 0)
            {
                break;
            }

            // raw[i] is a backslash; STJ has already validated the escape.
            var e = i + 1 < raw.Length ? raw[i + 1] : (byte)'\\';
            char c;
            switch (e)
            {
                case (byte)'b':
                    c = '\b';
                    break;
                case (byte)'f':
                    c = '\f';
                    break;
                case (byte)'n':
                    c = '\n';
                    break;
                case (byte)'r':
                    c = '\r';
                    break;
                case (byte)'t':
                    c = '\t';
                    break;
                case (byte)'u' when TryReadHex4(raw, i + 2, out var unit):
                    destination[written++] = (char)unit;
                    i += 6;
                    continue;
                default:
                    c = (char)e;
                    break;
            }

            destination[written++] = c;
            i += 2;
        }

        return written;
    }

    // Unescapes raw JSON string content that holds an escape into UTF-8 (never longer than the input). Its own
    // char scratch, not Decoded's: a caller may still hold the span Decoded returned.
    private static int UnescapeToUtf8(ReadOnlySpan<byte> raw, Span<byte> destination)
    {
        char[]? rented = null;
        var chars = raw.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var count = Unescape(raw, chars);
            Utf8.FromUtf16(chars[..count], destination, out _, out var bytes, replaceInvalidSequences: true);
            return bytes;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Decoding never lengthens: a byte gives at most one UTF-16 unit, an escape fewer bytes than it takes.
    private static T[] Grown<T>(ref T[]? scratch, int length)
    {
        if (scratch is null || scratch.Length < length)
        {
            scratch = new T[Math.Max(length, Math.Max(256, (scratch?.Length ?? 0) * 2))];
        }

        return scratch;
    }

    private static bool TryReadHex4(ReadOnlySpan<byte> raw, int start, out int value)
    {
        value = 0;
        if (start + 4 > raw.Length)
        {
            return false;
        }

        for (var k = 0; k < 4; k++)
        {
            var digit = HexValue(raw[start + k]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
