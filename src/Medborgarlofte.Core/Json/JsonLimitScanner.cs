using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// One pass over the tokens of UTF-8 JSON, before a document is built, that measures every string
/// and property name against <see cref="JsonLimits.MaxStringLength"/> and every array against
/// <see cref="JsonLimits.MaxArrayLength"/>, and finds escapes that leave a surrogate alone
/// (<c>"\ud800"</c>: well-formed JSON, but no valid Unicode string), reporting each at its pointer.
/// A document with any of them is not built: no later step ever meets a string it cannot decode.
/// </summary>
/// <remarks>
/// Nothing is allocated per value: string lengths are counted on the raw bytes, and the path is a
/// stack of frames, turned into a pointer only for a diagnostic. Depth is bounded by the limits'
/// <see cref="JsonLimits.MaxDepth"/>, so the stack is too. Strict input is scanned in the pass of the
/// library's grammar, which checks the text at the same time; a caller's already parsed value, which may hold
/// comments, with <see cref="Utf8JsonReader"/>. Both drive the same sink.
/// </remarks>
internal static class JsonLimitScanner
{
    /// <summary>
    /// Scans strict JSON in the pass of the library's grammar (<see cref="JsonSyntax"/>), which also checks the
    /// text and its depth; returns whether every string and array is within the limits.
    /// </summary>
    /// <param name="utf8">The JSON, valid UTF-8 without a byte order mark.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="c">Where limit diagnostics are reported; none are when the text turns out malformed.</param>
    /// <param name="syntax">Where and why the text is malformed or too deep; not reported here.</param>
    internal static bool Scan(ReadOnlyMemory<byte> utf8, JsonLimits limits, ReadContext c, out JsonSyntaxError? syntax)
    {
        var reported = c.Diagnostics.Count;
        var sink = new LimitSink(utf8, limits, c);
        var outcome = JsonSyntax.Parse(utf8.Span, limits.MaxDepth, ref sink, out var error);
        syntax = null;
        if (outcome == JsonParseOutcome.Malformed)
        {
            // A malformed text is reported for its syntax alone, as a text that is not JSON has no strings to measure.
            c.DropDiagnosticsFrom(reported);
            syntax = error;
            return false;
        }

        return sink.Within;
    }

    /// <summary>Scans JSON that a caller's parser accepted (comments and trailing commas allowed), with the reader.</summary>
    /// <param name="utf8">The JSON, valid UTF-8, well-formed and within the depth limit (checked before).</param>
    /// <param name="limits">The limits.</param>
    /// <param name="options">Reader options; their depth is the limits' depth.</param>
    /// <param name="c">Where limit diagnostics are reported.</param>
    internal static bool ScanParsed(ReadOnlyMemory<byte> utf8, JsonLimits limits, JsonReaderOptions options, ReadContext c)
    {
        var sink = new LimitSink(utf8, limits, c);
        JsonReaderTokens.Read(utf8.Span, options, ref sink);
        return sink.Within;
    }

    /// <summary>
    /// True when <see cref="Scan"/> could not find anything in <paramref name="utf8"/>: no string can be longer
    /// than the whole input (escapes only shorten), no array can hold more items than half its bytes (an item
    /// and its comma), and a lone surrogate needs an escape <c>\uD800</c>–<c>\uDFFF</c>. Depth and syntax are
    /// left to the parser, which enforces the same maximum depth.
    /// </summary>
    /// <remarks>Why: the measuring pass costs about three quarters of a bare token read, and typical agreements
    /// are a few kilobytes, far below every limit. This check is one vectorised search for <c>\u</c>.</remarks>
    internal static bool CannotExceed(ReadOnlySpan<byte> utf8, JsonLimits limits)
    {
        if (utf8.Length > limits.MaxStringLength || utf8.Length / 2 > limits.MaxArrayLength)
        {
            return false;
        }

        var rest = utf8;
        int at;
        while ((at = rest.IndexOf("\\u"u8)) >= 0)
        {
            // \uD8.. to \uDF..: a surrogate half, which only the scan can pair. A false alarm (an escaped
            // backslash before a "u") only costs the scan.
            if (at + 3 >= rest.Length || ((rest[at + 2] | 0x20) == 'd' && IsSurrogateSecondDigit(rest[at + 3])))
            {
                return false;
            }

            rest = rest[(at + 2)..];
        }

        return true;
    }

    private static bool IsSurrogateSecondDigit(byte digit) => digit is (byte)'8' or (byte)'9' || (digit | 0x20) is >= 'a' and <= 'f';

    /// <summary>
    /// The length in UTF-16 code units of a JSON string's raw bytes (what <see cref="string.Length"/>
    /// will be), and whether its escapes pair every surrogate. The bytes are valid UTF-8 and the escapes
    /// well-formed (both checked before); a raw UTF-8 sequence is never a surrogate, so only
    /// <c>\uD800</c>–<c>\uDFFF</c> escapes can leave one alone.
    /// </summary>
    internal static long Utf16Length(ReadOnlySpan<byte> raw, bool escaped, out bool pairedSurrogates)
    {
        pairedSurrogates = true;
        if (!escaped)
        {
            // Valid UTF-8 without escapes: the runtime's vectorised count, and no surrogate can be alone.
            return Encoding.UTF8.GetCharCount(raw);
        }

        long length = 0;
        var pendingHigh = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (escaped && b == (byte)'\\')
            {
                length++;
                if (raw[i + 1] != (byte)'u')
                {
                    pairedSurrogates &= !pendingHigh;
                    pendingHigh = false;
                    i++;
                    continue;
                }

                // \uXXXX is one code unit; a surrogate pair is two escapes, high then low.
                var unit = Hex(raw.Slice(i + 2, 4));
                var high = unit is >= 0xD800 and <= 0xDBFF;
                var low = unit is >= 0xDC00 and <= 0xDFFF;
                pairedSurrogates &= pendingHigh == low;
                pendingHigh = high;
                i += 5;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte or ASCII starts a code point; four-byte sequences become surrogate pairs.
                pairedSurrogates &= !pendingHigh;
                pendingHigh = false;
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        pairedSurrogates &= !pendingHigh;
        return length;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }

    private static void ReportLoneSurrogate(string pointer, ReadContext c, string swedish, string english) =>
        c.Report(DiagnosticCodes.InvalidEncoding, pointer, $"{swedish} innehåller ett ensamt surrogattecken (en \\u-escape utan sin andra halva), som inte är giltig Unicode.", $"{english} holds a lone surrogate (a \\u escape without its other half), which is not valid Unicode.");

    private static void ReportLength(string pointer, ReadContext c, string swedish, string english, int limit)
    {
        var max = limit.ToString(CultureInfo.InvariantCulture);
        c.Report(DiagnosticCodes.StringTooLong, pointer, $"{swedish} är längre än gränsen {max} tecken.", $"{english} is longer than the limit of {max} characters.");
    }

    /// <summary>
    /// What the scan keeps while the tokens go by: the open objects and arrays, outermost first (for an object where
    /// its current property name lies in the input, for an array how many items it has had so far), and the value
    /// skipped after a name too long to use in a pointer.
    /// </summary>
    private struct LimitSink(ReadOnlyMemory<byte> utf8, JsonLimits limits, ReadContext c) : IJsonTokenSink
    {
        private Frame[] _frames = new Frame[16];
        private int _depth;
        private bool _skipNextValue;
        private int _skippedOpen;

        internal bool Within { get; private set; } = true;

        public void Open(bool isObject, int offset)
        {
            if (Skipping())
            {
                _skippedOpen++;
                return;
            }

            Within &= Enter();
            if (_depth == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            _frames[_depth++] = new Frame { IsArray = !isObject, Value = isObject ? -1 : 0 };
        }

        public bool Close(bool isObject, int offset)
        {
            if (_skippedOpen > 0)
            {
                _skippedOpen--;
            }
            else
            {
                _depth--;
            }

            return true;
        }

        public void Name(int contentOffset, int contentLength, bool escaped)
        {
            if (_skippedOpen > 0)
            {
                return;
            }

            var length = Utf16Length(utf8.Span.Slice(contentOffset, contentLength), escaped, out var isValid);
            if (length <= limits.MaxStringLength && isValid)
            {
                // Only where the name is: it is decoded if a diagnostic needs it.
                _frames[_depth - 1] = new Frame { IsArray = false, Value = contentOffset - 1, Length = contentLength, Escaped = escaped };
                return;
            }

            // The name is not materialised, so the pointer is the object's, and its value is skipped.
            Within = false;
            var pointer = ToPointer(_depth - 1);
            if (isValid)
            {
                ReportLength(pointer, c, "Ett egenskapsnamn i objektet", "A property name in the object", limits.MaxStringLength);
            }
            else
            {
                ReportLoneSurrogate(pointer, c, "Ett egenskapsnamn i objektet", "A property name in the object");
            }

            _skipNextValue = true;
        }

        public void String(int contentOffset, int contentLength, bool escaped)
        {
            if (Skipping())
            {
                return;
            }

            Within &= Enter();
            if (Utf16Length(utf8.Span.Slice(contentOffset, contentLength), escaped, out var isValid) > limits.MaxStringLength)
            {
                Within = false;
                ReportLength(ToPointer(_depth), c, "Strängen", "The string", limits.MaxStringLength);
            }

            if (!isValid)
            {
                Within = false;
                ReportLoneSurrogate(ToPointer(_depth), c, "Strängen", "The string");
            }
        }

        public void Scalar(JsonValueKind kind, int offset, int length)
        {
            if (!Skipping())
            {
                Within &= Enter();
            }
        }

        /// <summary>Whether this value lies inside, or is, the value skipped after a refused name.</summary>
        private bool Skipping()
        {
            if (_skippedOpen > 0)
            {
                return true;
            }

            if (_skipNextValue)
            {
                _skipNextValue = false;
                return true;
            }

            return false;
        }

        /// <summary>Counts a value into the array around it, reporting the array the first time it goes over the limit.</summary>
        private readonly bool Enter()
        {
            if (_depth == 0 || !_frames[_depth - 1].IsArray)
            {
                return true;
            }

            var count = ++_frames[_depth - 1].Value;
            if (count <= limits.MaxArrayLength)
            {
                return true;
            }

            if (count == limits.MaxArrayLength + 1L)
            {
                // Reported once, at the array's own pointer (without the item index).
                var max = limits.MaxArrayLength.ToString(CultureInfo.InvariantCulture);
                c.Report(DiagnosticCodes.ArrayTooLong, ToPointer(_depth - 1), $"Listan har fler än {max} element, gränsen.", $"The array has more than {max} items, the limit.");
            }

            return false;
        }

        /// <summary>The pointer of the value the first <paramref name="depth"/> frames lead to.</summary>
        private readonly string ToPointer(int depth)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < depth; i++)
            {
                var frame = _frames[i];
                builder.Append('/');
                if (frame.IsArray)
                {
                    builder.Append((frame.Value - 1).ToString(CultureInfo.InvariantCulture));
                }
                else if (frame.Value >= 0)
                {
                    builder.Append(JsonPointer.Escape(DecodeName(frame)));
                }
            }

            return builder.ToString();
        }

        private readonly string DecodeName(Frame frame)
        {
            var quoted = utf8.Span.Slice((int)frame.Value, frame.Length + 2);
            if (!frame.Escaped)
            {
                return Encoding.UTF8.GetString(quoted[1..^1]);
            }

            // Let the reader unescape it: the quoted name alone is a JSON string.
            var reader = new Utf8JsonReader(quoted);
            reader.Read();
            return reader.GetString() ?? string.Empty;
        }
    }

    private struct Frame
    {
        internal bool IsArray;

        /// <summary>For an array, the items so far; for an object, where its current name's token starts (−1 before the first).</summary>
        internal long Value;

        internal int Length;

        internal bool Escaped;
    }
}
