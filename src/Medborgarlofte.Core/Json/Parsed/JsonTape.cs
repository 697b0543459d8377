using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Medborgarlofte.Json.Parsed;

/// <summary>
/// A parsed JSON document of the library's own (tolkat dokument): one row of five integers per value and per
/// property name, in document order, over the UTF-8 input it was parsed from. Built in one pass that also refuses
/// duplicate property names, as <see cref="JsonDocumentOptions.AllowDuplicateProperties"/> <see langword="false"/>
/// does: of the library's own grammar for strict input (<see cref="ParseStrict"/>, which never throws), or of
/// <see cref="Utf8JsonReader"/> for text that may hold comments and trailing commas (<see cref="Parse"/>).
/// </summary>
/// <remarks>
/// Why not <see cref="JsonDocument"/>: every <c>ValueKind</c>, <c>EnumerateObject</c> step and raw read of a
/// <see cref="JsonElement"/> goes back through the document's metadata table, and a walk over a 13 KB agreement
/// that way costs about a third of Ajv's whole validation. Rows here are read directly: a value's kind, where its
/// bytes are and the row past its last descendant. The rows come from <see cref="ArrayPool{T}"/> and go back on
/// <see cref="Dispose"/>, so an element must not outlive its tape.
/// </remarks>
internal sealed class JsonTape : IDisposable
{
    internal const int KindField = 0;
    internal const int OffsetField = 1;
    internal const int LengthField = 2;
    internal const int EndField = 3;
    internal const int CountField = 4;
    internal const int RowSize = 5;

    internal const int EscapedFlag = 0x100;
    internal const int KindMask = 0xFF;

    // Objects with more names than this are checked for duplicates with a set; fewer, pairwise.
    private const int PairwiseDuplicateLimit = 24;

    // The input as an array and where it starts in it: slicing an array is cheaper than ReadOnlyMemory.Span.
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private readonly Stack<int> _open = new(); // the rows of the containers open while building
    private int[] _rows;
    private int _count;

    private JsonTape(ReadOnlyMemory<byte> utf8, int estimatedRows)
    {
        if (MemoryMarshal.TryGetArray(utf8, out var segment) && segment.Array is not null)
        {
            (_bytes, _start, _length) = (segment.Array, segment.Offset, segment.Count);
        }
        else
        {
            (_bytes, _start, _length) = (utf8.ToArray(), 0, utf8.Length);
        }

        _rows = ArrayPool<int>.Shared.Rent(Math.Max(64, estimatedRows) * RowSize);
    }

    /// <summary>Gets the document's root value.</summary>
    internal TapeElement Root => new(this, 0);

    /// <summary>Gets the number of rows.</summary>
    internal int RowCount => _count;

    internal ReadOnlySpan<byte> Utf8 => new(_bytes, _start, _length);

    /// <summary>
    /// Parses UTF-8 JSON; returns <see langword="null"/> when an object names a property twice. Malformed JSON and
    /// too deep nesting still throw <see cref="JsonException"/> from the reader: check them first with <see cref="JsonSyntax"/>.
    /// </summary>
    /// <param name="utf8">The JSON; kept, not copied, so it must not change while the tape is in use.</param>
    /// <param name="options">Reader options (depth, comments, trailing commas).</param>
    /// <returns>The tape, to be disposed to return its rows; null for a duplicate name.</returns>
    internal static JsonTape? Parse(ReadOnlyMemory<byte> utf8, JsonReaderOptions options)
    {
        // About one row per eight bytes in the format's documents; the rows grow when that is short.
        var tape = new JsonTape(utf8, utf8.Length / 8);
        var built = false;
        try
        {
            var sink = new RowSink(tape);
            built = JsonReaderTokens.Read(tape.Utf8, options, ref sink);
            return built ? tape : null;
        }
        finally
        {
            if (!built)
            {
                tape.Dispose();
            }
        }
    }

    /// <summary>
    /// Parses strict UTF-8 JSON (no comments, no trailing commas) with the library's own grammar (<see cref="JsonSyntax"/>),
    /// which checks and builds in one pass and never throws.
    /// </summary>
    /// <param name="utf8">The JSON, valid UTF-8 without a byte order mark; kept, not copied.</param>
    /// <param name="maxDepth">The most objects and arrays that may be open at once.</param>
    /// <param name="error">Where and why the text is malformed; null when it is well-formed or names a property twice.</param>
    /// <returns>The tape, to be disposed to return its rows; null when malformed or a name is given twice.</returns>
    internal static JsonTape? ParseStrict(ReadOnlyMemory<byte> utf8, int maxDepth, out JsonSyntaxError? error)
    {
        var tape = new JsonTape(utf8, utf8.Length / 8);
        var built = false;
        try
        {
            var sink = new RowSink(tape);
            var outcome = JsonSyntax.Parse(tape.Utf8, maxDepth, ref sink, out var found);
            error = outcome == JsonParseOutcome.Malformed ? found : null;
            built = outcome == JsonParseOutcome.WellFormed;
            return built ? tape : null;
        }
        finally
        {
            if (!built)
            {
                tape.Dispose();
            }
        }
    }

    public void Dispose()
    {
        var rows = _rows;
        _rows = [];
        _count = 0;
        if (rows.Length > 0)
        {
            ArrayPool<int>.Shared.Return(rows);
        }
    }

    internal int Kind(int row) => _rows[(row * RowSize) + KindField] & KindMask;

    internal bool IsEscaped(int row) => (_rows[(row * RowSize) + KindField] & EscapedFlag) != 0;

    internal int End(int row) => _rows[(row * RowSize) + EndField];

    internal int ChildCount(int row) => _rows[(row * RowSize) + CountField];

    /// <summary>Where a row's text starts in <see cref="Utf8"/>: a string's or name's opening quote, any other value's first byte.</summary>
    internal int StartOf(int row)
    {
        var kind = Kind(row);
        var offset = _rows[(row * RowSize) + OffsetField];
        return kind == (int)JsonValueKind.String || kind == PropertyNameKind ? Math.Max(0, offset - 1) : offset;
    }

    /// <summary>The bytes of a row: a string's or name's content without quotes, a number's or literal's text, a container's whole text.</summary>
    internal ReadOnlySpan<byte> Bytes(int row)
    {
        var at = row * RowSize;
        return new ReadOnlySpan<byte>(_bytes, _start + _rows[at + OffsetField], _rows[at + LengthField]);
    }

    private void OpenRow(bool isObject, int offset)
    {
        CountChild(isName: false);
        _open.Push(Add(isObject ? (int)JsonValueKind.Object : (int)JsonValueKind.Array, offset, 0));
    }

    /// <summary>Closes the innermost container at its closing bracket; false when an object names a property twice.</summary>
    private bool CloseRow(bool isObject, int offset)
    {
        var row = _open.Pop();
        var at = row * RowSize;
        _rows[at + EndField] = _count;
        _rows[at + LengthField] = offset + 1 - _rows[at + OffsetField];
        return !isObject || !HasDuplicateNames(row);
    }

    private void NameRow(int offset, int length, bool escaped)
    {
        CountChild(isName: true);
        Add(PropertyNameKind | (escaped ? EscapedFlag : 0), offset, length);
    }

    private void ValueRow(int kindAndFlags, int offset, int length)
    {
        CountChild(isName: false);
        Add(kindAndFlags, offset, length);
    }

    /// <summary>The kind of a property name's row; past every <see cref="JsonValueKind"/>.</summary>
    internal const int PropertyNameKind = 0x10;

    // An object counts its names, an array its items: a name always counts, a value only inside an array.
    private void CountChild(bool isName)
    {
        if (_open.Count > 0 && (isName || Kind(_open.Peek()) == (int)JsonValueKind.Array))
        {
            _rows[(_open.Peek() * RowSize) + CountField]++;
        }
    }

    private int Add(int kindAndFlags, int offset, int length)
    {
        if ((_count + 1) * RowSize > _rows.Length)
        {
            var grown = ArrayPool<int>.Shared.Rent(_rows.Length * 2);
            _rows.AsSpan(0, _count * RowSize).CopyTo(grown);
            ArrayPool<int>.Shared.Return(_rows);
            _rows = grown;
        }

        var row = _count++;
        var at = row * RowSize;
        _rows[at + KindField] = kindAndFlags;
        _rows[at + OffsetField] = offset;
        _rows[at + LengthField] = length;
        _rows[at + EndField] = row + 1;
        _rows[at + CountField] = 0;
        return row;
    }

    private bool HasDuplicateNames(int objectRow)
    {
        var names = ChildCount(objectRow);
        if (names < 2)
        {
            return false;
        }

        if (names <= PairwiseDuplicateLimit)
        {
            Span<int> rows = stackalloc int[PairwiseDuplicateLimit];
            var n = 0;
            for (var name = objectRow + 1; name < End(objectRow); name = End(name + 1))
            {
                for (var k = 0; k < n; k++)
                {
                    if (SameName(rows[k], name))
                    {
                        return true;
                    }
                }

                rows[n++] = name;
            }

            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = objectRow + 1; name < End(objectRow); name = End(name + 1))
        {
            if (!seen.Add(Text(name)))
            {
                return true;
            }
        }

        return false;
    }

    private bool SameName(int a, int b)
    {
        if (!IsEscaped(a) && !IsEscaped(b))
        {
            return Bytes(a).SequenceEqual(Bytes(b));
        }

        return string.Equals(Text(a), Text(b), StringComparison.Ordinal);
    }

    /// <summary>A string's or name's text, unescaped.</summary>
    internal string Text(int row) => IsEscaped(row) ? JsonText.Decoded(Bytes(row)).ToString() : System.Text.Encoding.UTF8.GetString(Bytes(row));

    /// <summary>Hands the grammar's tokens to the tape's rows.</summary>
    private readonly struct RowSink(JsonTape tape) : IJsonTokenSink
    {
        public void Open(bool isObject, int offset) => tape.OpenRow(isObject, offset);

        public bool Close(bool isObject, int offset) => tape.CloseRow(isObject, offset);

        public void Name(int contentOffset, int contentLength, bool escaped) => tape.NameRow(contentOffset, contentLength, escaped);

        public void String(int contentOffset, int contentLength, bool escaped) =>
            tape.ValueRow((int)JsonValueKind.String | (escaped ? EscapedFlag : 0), contentOffset, contentLength);

        public void Scalar(JsonValueKind kind, int offset, int length) => tape.ValueRow((int)kind, offset, length);
    }
}
