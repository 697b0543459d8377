using System;
using System.Text.Json;

namespace Medborgarlofte.Json.Parsed;

/// <summary>One value of a <see cref="JsonTape"/>: the members of <see cref="JsonElement"/> the library reads, read from the rows.</summary>
internal readonly struct TapeElement
{
    private readonly JsonTape? _tape;
    private readonly int _row;

    internal TapeElement(JsonTape tape, int row)
    {
        _tape = tape;
        _row = row;
    }

    /// <summary>Gets the kind; <see cref="JsonValueKind.Undefined"/> for a default element.</summary>
    public JsonValueKind ValueKind => _tape is null ? JsonValueKind.Undefined : (JsonValueKind)_tape.Kind(_row);

    internal JsonTape Tape => _tape ?? throw new InvalidOperationException("A default element has no tape.");

    internal int Row => _row;

    /// <summary>Gets where the value starts in the text.</summary>
    internal int Start => Tape.StartOf(_row);

    /// <summary>Gets a string's content as written, without quotes and with any escapes; a number's or a literal's text; a container's whole text.</summary>
    public ReadOnlySpan<byte> RawBytes => Tape.Bytes(_row);

    /// <summary>Gets whether a string's raw content holds an escape.</summary>
    public bool IsEscaped => Tape.IsEscaped(_row);

    /// <summary>The raw content of a string, without quotes; false for any other kind.</summary>
    public bool TryRawString(out ReadOnlySpan<byte> raw)
    {
        if (_tape is not null && _tape.Kind(_row) == (int)JsonValueKind.String)
        {
            raw = _tape.Bytes(_row);
            return true;
        }

        raw = default;
        return false;
    }

    /// <summary>Gets a string's value, unescaped; <see langword="null"/> for JSON null. Throws for any other kind, as <see cref="JsonElement.GetString"/>.</summary>
    public string? GetString() => ValueKind switch
    {
        JsonValueKind.String => Tape.Text(_row),
        JsonValueKind.Null => null,
        _ => throw new InvalidOperationException($"The value is {ValueKind}, not a string."),
    };

    /// <summary>Gets a literal's value; throws for anything but true and false, as <see cref="JsonElement.GetBoolean"/>.</summary>
    public bool GetBoolean() => ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new InvalidOperationException($"The value is {ValueKind}, not a boolean."),
    };

    /// <summary>Reads a number as a decimal, as <see cref="JsonElement.TryGetDecimal"/> does.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        if (ValueKind == JsonValueKind.Number)
        {
            return TryParseDecimal(RawBytes, out value);
        }

        value = default;
        return false;
    }

    /// <summary>Gets the value's text as written (a string with its quotes), as <see cref="JsonElement.GetRawText"/>.</summary>
    public string GetRawText() => ValueKind == JsonValueKind.String
        ? "\"" + System.Text.Encoding.UTF8.GetString(RawBytes) + "\""
        : System.Text.Encoding.UTF8.GetString(RawBytes);

    /// <summary>Finds a property by its (unescaped) name; the first of that name.</summary>
    public bool TryGetProperty(string name, out TapeElement value)
    {
        foreach (var property in EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Gets the number of items of an array.</summary>
    public int GetArrayLength() => ValueKind == JsonValueKind.Array ? Tape.ChildCount(_row) : throw new InvalidOperationException($"The value is {ValueKind}, not an array.");

    /// <summary>Gets the number of properties of an object.</summary>
    public int GetPropertyCount() => ValueKind == JsonValueKind.Object ? Tape.ChildCount(_row) : throw new InvalidOperationException($"The value is {ValueKind}, not an object.");

    public ObjectEnumerator EnumerateObject() => ValueKind == JsonValueKind.Object ? new ObjectEnumerator(Tape, _row) : throw new InvalidOperationException($"The value is {ValueKind}, not an object.");

    public ArrayEnumerator EnumerateArray() => ValueKind == JsonValueKind.Array ? new ArrayEnumerator(Tape, _row) : throw new InvalidOperationException($"The value is {ValueKind}, not an array.");

    /// <summary>The properties of an object, in document order.</summary>
    public struct ObjectEnumerator
    {
        private readonly JsonTape _tape;
        private readonly int _end;
        private int _next;
        private int _current;

        internal ObjectEnumerator(JsonTape tape, int row)
        {
            _tape = tape;
            _end = tape.End(row);
            _next = row + 1;
            _current = -1;
        }

        public readonly TapeProperty Current => new(_tape, _current);

        public readonly ObjectEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _end)
            {
                return false;
            }

            _current = _next;
            _next = _tape.End(_current + 1);
            return true;
        }
    }

    /// <summary>The items of an array, in order.</summary>
    public struct ArrayEnumerator
    {
        private readonly JsonTape _tape;
        private readonly int _end;
        private int _next;
        private int _current;

        internal ArrayEnumerator(JsonTape tape, int row)
        {
            _tape = tape;
            _end = tape.End(row);
            _next = row + 1;
            _current = -1;
        }

        public readonly TapeElement Current => new(_tape, _current);

        public readonly ArrayEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _end)
            {
                return false;
            }

            _current = _next;
            _next = _tape.End(_current);
            return true;
        }
    }

    /// <summary>
    /// Reads a JSON number's text as a decimal exactly as <see cref="System.Text.Json.JsonElement.TryGetDecimal"/> does, scale
    /// included (<c>1.0</c> stays 1.0); not <c>decimal.TryParse</c>, which rounds the 29th digit differently.
    /// </summary>
    private static bool TryParseDecimal(ReadOnlySpan<byte> raw, out decimal value)
    {
        // As System.Text.Json: the exponent format only for a number that has an exponent.
        var format = raw.IndexOfAny((byte)'e', (byte)'E') >= 0 ? 'E' : default;
        if (System.Buffers.Text.Utf8Parser.TryParse(raw, out value, out var consumed, format) && consumed == raw.Length)
        {
            return true;
        }

        value = default;
        return false;
    }
}
