using System;
using System.Buffers;
using System.Text.Json;

namespace Medborgarlofte.Json;

/// <summary>
/// The library's own JSON grammar: checks that UTF-8 text is one well-formed JSON value (RFC 8259, as
/// <see cref="System.Text.Json.Utf8JsonReader"/> reads it with default options and a depth limit), says where it
/// is not, and hands each token to a sink on the way, all without throwing.
/// </summary>
/// <remarks>
/// Why a grammar of its own: the reader reports malformed input only by throwing, and an exception costs
/// microseconds and makes every malformed document in an import job a first-chance exception. Validation parses
/// its input with this grammar into <see cref="Parsed.JsonTape"/> (<see cref="Parsed.JsonTape.ParseStrict"/>), so
/// the check is the parse, and no reader meets malformed JSON. It allocates nothing; string contents are skipped
/// with one vectorised search per run between quotes, escapes and control characters. The input is valid UTF-8
/// already (checked first), so only the grammar is checked here.
/// </remarks>
internal static class JsonSyntax
{
    private const byte ObjectFrame = 1;
    private const byte ArrayFrame = 2;

    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>What ends a run of plain string content: a quote, a backslash or a control character.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>Finds the first syntax error, or tells that there is none.</summary>
    /// <param name="utf8">The text, valid UTF-8 without a byte order mark.</param>
    /// <param name="maxDepth">The most objects and arrays that may be open at once (1 to <see cref="JsonLimits.DepthCeiling"/>).</param>
    /// <param name="error">The first error, when there is one.</param>
    /// <returns>Whether an error was found.</returns>
    internal static bool TryFindError(ReadOnlySpan<byte> utf8, int maxDepth, out JsonSyntaxError error)
    {
        var none = default(NoSink);
        return Parse(utf8, maxDepth, ref none, out error) == JsonParseOutcome.Malformed;
    }

    /// <summary>Checks the text and hands each token to <paramref name="sink"/> on the way, in one pass.</summary>
    /// <typeparam name="TSink">The sink's type, a struct so that its calls are specialised.</typeparam>
    /// <param name="utf8">The text, valid UTF-8 without a byte order mark.</param>
    /// <param name="maxDepth">The most objects and arrays that may be open at once (1 to <see cref="JsonLimits.DepthCeiling"/>).</param>
    /// <param name="sink">What receives the tokens; it has seen a prefix of them when the text is malformed.</param>
    /// <param name="error">The first error, when the text is malformed.</param>
    /// <returns>Whether the text was well-formed, malformed, or stopped by the sink.</returns>
    internal static JsonParseOutcome Parse<TSink>(ReadOnlySpan<byte> utf8, int maxDepth, ref TSink sink, out JsonSyntaxError error)
        where TSink : struct, IJsonTokenSink
    {
        Span<byte> frames = stackalloc byte[JsonLimits.DepthCeiling];
        var at = Find(utf8, Math.Clamp(maxDepth, 1, JsonLimits.DepthCeiling), frames, ref sink, out var kind);
        error = default;
        if (at < 0)
        {
            return at == Stopped ? JsonParseOutcome.Stopped : JsonParseOutcome.WellFormed;
        }

        var before = utf8[..at];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        error = new JsonSyntaxError(kind, at, before.Count((byte)'\n') + 1, at - lineStart + 1);
        return JsonParseOutcome.Malformed;
    }

    private const int WellFormed = -1;
    private const int Stopped = -2;

    /// <summary>The offset of the first error, with its kind; <see cref="WellFormed"/> or <see cref="Stopped"/> otherwise.</summary>
    private static int Find<TSink>(ReadOnlySpan<byte> s, int maxDepth, Span<byte> frames, ref TSink sink, out JsonSyntaxErrorKind kind)
        where TSink : struct, IJsonTokenSink
    {
        kind = JsonSyntaxErrorKind.UnexpectedEnd;
        var depth = 0;
        var i = SkipWhiteSpace(s, 0);

        // Each turn reads one value at i; then the separators after it are read until another value is due.
        while (true)
        {
            if (i >= s.Length)
            {
                return s.Length;
            }

            var start = i;
            switch (s[i])
            {
                case (byte)'{':
                case (byte)'[':
                {
                    if (depth >= maxDepth)
                    {
                        kind = JsonSyntaxErrorKind.TooDeep;
                        return i;
                    }

                    var isObject = s[i] == (byte)'{';
                    frames[depth++] = isObject ? ObjectFrame : ArrayFrame;
                    sink.Open(isObject, i);
                    i = SkipWhiteSpace(s, i + 1);
                    if (i >= s.Length)
                    {
                        return s.Length;
                    }

                    if (s[i] == (isObject ? (byte)'}' : (byte)']'))
                    {
                        depth--;
                        if (!sink.Close(isObject, i))
                        {
                            return Stopped;
                        }

                        i++;
                        break; // an empty container is a whole value
                    }

                    if (isObject && (i = NameAndColon(s, i, ref sink, ref kind)) < 0)
                    {
                        return ~i;
                    }

                    continue; // the first value inside
                }

                case (byte)'"':
                    i = String(s, i, ref kind, out var escaped);
                    if (i >= 0)
                    {
                        sink.String(start + 1, i - start - 2, escaped);
                    }

                    break;
                case (byte)'t' or (byte)'f' or (byte)'n':
                    i = Literal(s, i, ref kind, out var literal);
                    if (i >= 0)
                    {
                        sink.Scalar(literal, start, i - start);
                    }

                    break;
                case (byte)'-':
                case >= (byte)'0' and <= (byte)'9':
                    i = Number(s, i, ref kind);
                    if (i >= 0)
                    {
                        sink.Scalar(JsonValueKind.Number, start, i - start);
                    }

                    break;
                default:
                    kind = JsonSyntaxErrorKind.InvalidValueStart;
                    return i;
            }

            if (i < 0)
            {
                return ~i;
            }

            // After a value: close containers, or find the comma before the next value.
            while (true)
            {
                i = SkipWhiteSpace(s, i);
                if (depth == 0)
                {
                    if (i < s.Length)
                    {
                        kind = JsonSyntaxErrorKind.TrailingContent;
                        return i;
                    }

                    return WellFormed;
                }

                if (i >= s.Length)
                {
                    return s.Length;
                }

                var inObject = frames[depth - 1] == ObjectFrame;
                if (s[i] == (inObject ? (byte)'}' : (byte)']'))
                {
                    depth--;
                    if (!sink.Close(inObject, i))
                    {
                        return Stopped;
                    }

                    i++;
                    continue;
                }

                if (s[i] != (byte)',')
                {
                    kind = JsonSyntaxErrorKind.ExpectedCommaOrEnd;
                    return i;
                }

                i = SkipWhiteSpace(s, i + 1);
                if (inObject && (i = NameAndColon(s, i, ref sink, ref kind)) < 0)
                {
                    return ~i;
                }

                break;
            }
        }
    }

    /// <summary>Reads a property name at i and the colon after it; returns where the value starts, or the complement of the error's offset.</summary>
    private static int NameAndColon<TSink>(ReadOnlySpan<byte> s, int i, ref TSink sink, ref JsonSyntaxErrorKind kind)
        where TSink : struct, IJsonTokenSink
    {
        var start = i;
        if ((i = PropertyName(s, i, ref kind, out var escaped)) < 0)
        {
            return i;
        }

        sink.Name(start + 1, i - start - 2, escaped);
        return Colon(s, i, ref kind);
    }

    /// <summary>Reads a property name at i; returns the offset after it, or the complement of the error's offset.</summary>
    private static int PropertyName(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind, out bool escaped)
    {
        escaped = false;
        if (i >= s.Length)
        {
            kind = JsonSyntaxErrorKind.UnexpectedEnd;
            return ~s.Length;
        }

        if (s[i] != (byte)'"')
        {
            kind = JsonSyntaxErrorKind.ExpectedPropertyName;
            return ~i;
        }

        return String(s, i, ref kind, out escaped);
    }

    /// <summary>Reads the colon after a name and the white space after it; returns where the value starts.</summary>
    private static int Colon(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind)
    {
        i = SkipWhiteSpace(s, i);
        if (i >= s.Length)
        {
            kind = JsonSyntaxErrorKind.UnexpectedEnd;
            return ~s.Length;
        }

        if (s[i] != (byte)':')
        {
            kind = JsonSyntaxErrorKind.ExpectedColon;
            return ~i;
        }

        return SkipWhiteSpace(s, i + 1);
    }

    /// <summary>Reads a string whose opening quote is at i; returns the offset after its closing quote.</summary>
    private static int String(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind, out bool escaped)
    {
        escaped = false;
        i++;
        while (true)
        {
            var run = s[i..].IndexOfAny(StringStops);
            if (run < 0)
            {
                kind = JsonSyntaxErrorKind.UnexpectedEnd;
                return ~s.Length;
            }

            i += run;
            switch (s[i])
            {
                case (byte)'"':
                    return i + 1;
                case (byte)'\\':
                    escaped = true;
                    if (i + 1 >= s.Length)
                    {
                        kind = JsonSyntaxErrorKind.UnexpectedEnd;
                        return ~s.Length;
                    }

                    switch (s[i + 1])
                    {
                        case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                            i += 2;
                            break;
                        case (byte)'u':
                            for (var h = i + 2; h < i + 6; h++)
                            {
                                if (h >= s.Length)
                                {
                                    kind = JsonSyntaxErrorKind.UnexpectedEnd;
                                    return ~s.Length;
                                }

                                if (!char.IsAsciiHexDigit((char)s[h]))
                                {
                                    kind = JsonSyntaxErrorKind.InvalidEscape;
                                    return ~h;
                                }
                            }

                            i += 6;
                            break;
                        default:
                            kind = JsonSyntaxErrorKind.InvalidEscape;
                            return ~(i + 1);
                    }

                    break;
                default:
                    kind = JsonSyntaxErrorKind.ControlCharacterInString;
                    return ~i;
            }
        }
    }

    /// <summary>Reads a number at i: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private static int Number(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind)
    {
        if (s[i] == (byte)'-')
        {
            i++;
        }

        if (i < s.Length && s[i] == (byte)'0')
        {
            i++;
        }
        else if ((i = Digits(s, i, ref kind)) < 0)
        {
            return i;
        }

        if (i < s.Length && s[i] == (byte)'.' && (i = Digits(s, i + 1, ref kind)) < 0)
        {
            return i;
        }

        if (i < s.Length && (s[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < s.Length && s[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            i = Digits(s, i, ref kind);
        }

        return i;
    }

    /// <summary>Reads one or more digits at i.</summary>
    private static int Digits(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind)
    {
        if (i >= s.Length)
        {
            kind = JsonSyntaxErrorKind.UnexpectedEnd;
            return ~s.Length;
        }

        if (!char.IsAsciiDigit((char)s[i]))
        {
            kind = JsonSyntaxErrorKind.InvalidNumber;
            return ~i;
        }

        var run = s[i..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        return run < 0 ? s.Length : i + run;
    }

    /// <summary>Reads <c>true</c>, <c>false</c> or <c>null</c> at i, the one its first letter starts.</summary>
    private static int Literal(ReadOnlySpan<byte> s, int i, ref JsonSyntaxErrorKind kind, out JsonValueKind literal)
    {
        literal = s[i] switch
        {
            (byte)'t' => JsonValueKind.True,
            (byte)'f' => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        var word = literal switch
        {
            JsonValueKind.True => "true"u8,
            JsonValueKind.False => "false"u8,
            _ => "null"u8,
        };
        for (var k = 1; k < word.Length; k++)
        {
            if (i + k >= s.Length)
            {
                kind = JsonSyntaxErrorKind.UnexpectedEnd;
                return ~s.Length;
            }

            if (s[i + k] != word[k])
            {
                kind = JsonSyntaxErrorKind.InvalidLiteral;
                return ~(i + k);
            }
        }

        return i + word.Length;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> s, int i)
    {
        // Compact JSON has none here, and indented JSON a line break and a run of spaces: searched as one run.
        if (i >= s.Length || s[i] > (byte)' ')
        {
            return i;
        }

        var run = s[i..].IndexOfAnyExcept(WhiteSpace);
        return run < 0 ? s.Length : i + run;
    }

    /// <summary>
    /// Whether text already known to be well-formed (comments allowed) nests deeper than <paramref name="maxDepth"/>:
    /// brackets are counted outside strings and comments.
    /// </summary>
    /// <param name="utf8">The text.</param>
    /// <param name="maxDepth">The most objects and arrays that may be open at once.</param>
    /// <returns>Whether it nests deeper.</returns>
    internal static bool ExceedsDepth(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var depth = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            switch (utf8[i])
            {
                case (byte)'"':
                    // Skip to the closing quote, past escaped characters.
                    for (i++; i < utf8.Length && utf8[i] != (byte)'"'; i++)
                    {
                        if (utf8[i] == (byte)'\\')
                        {
                            i++;
                        }
                    }

                    break;
                case (byte)'/' when i + 1 < utf8.Length && utf8[i + 1] == (byte)'/':
                    var lineEnd = utf8[i..].IndexOfAny((byte)'\n', (byte)'\r');
                    i = lineEnd < 0 ? utf8.Length : i + lineEnd;
                    break;
                case (byte)'/' when i + 1 < utf8.Length && utf8[i + 1] == (byte)'*':
                    var close = utf8[(i + 2)..].IndexOf("*/"u8);
                    i = close < 0 ? utf8.Length : i + 2 + close + 1;
                    break;
                case (byte)'{' or (byte)'[':
                    if (++depth > maxDepth)
                    {
                        return true;
                    }

                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    break;
            }
        }

        return false;
    }

    /// <summary>The sink of the grammar check alone: every call does nothing and is compiled away.</summary>
    private struct NoSink : IJsonTokenSink
    {
        public readonly void Open(bool isObject, int offset)
        {
        }

        public readonly bool Close(bool isObject, int offset) => true;

        public readonly void Name(int contentOffset, int contentLength, bool escaped)
        {
        }

        public readonly void String(int contentOffset, int contentLength, bool escaped)
        {
        }

        public readonly void Scalar(JsonValueKind kind, int offset, int length)
        {
        }
    }
}
