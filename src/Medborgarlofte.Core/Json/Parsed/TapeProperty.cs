using System;

namespace Medborgarlofte.Json.Parsed;

/// <summary>One property of an object in a <see cref="JsonTape"/>: its name as written and its value.</summary>
internal readonly struct TapeProperty
{
    private readonly JsonTape _tape;
    private readonly int _nameRow;

    internal TapeProperty(JsonTape tape, int nameRow)
    {
        _tape = tape;
        _nameRow = nameRow;
    }

    /// <summary>Gets the name's bytes as written, without quotes and with any escapes.</summary>
    public ReadOnlySpan<byte> RawName => _tape.Bytes(_nameRow);

    /// <summary>Gets where the name starts in the text (its opening quote).</summary>
    internal int Start => _tape.StartOf(_nameRow);

    /// <summary>Gets whether the name holds an escape.</summary>
    public bool NameIsEscaped => _tape.IsEscaped(_nameRow);

    /// <summary>Gets the name, unescaped.</summary>
    public string Name => _tape.Text(_nameRow);

    /// <summary>Gets the value.</summary>
    public TapeElement Value => new(_tape, _nameRow + 1);
}
