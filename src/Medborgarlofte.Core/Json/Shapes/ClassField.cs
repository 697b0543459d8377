using System;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property whose value is a reference type read by one primitive reader (a string, a text, an interval, extension data).</summary>
internal sealed class ClassField<T, TValue> : JsonField<T>
    where T : class
    where TValue : class
{
    private readonly Func<T, TValue?> _get;
    private readonly Func<TapeElement, ReadContext, TValue?> _read;
    private readonly Action<Utf8JsonWriter, string, TValue?> _write;
    private readonly Action<TextWalker, string, TValue?>? _walk;
    private readonly Action<ModelSoundness, string, TValue?, bool> _check;
    private readonly System.Collections.Generic.IReadOnlyList<string>? _codes;

    internal ClassField(
        string name,
        FieldKind kind,
        bool required,
        Func<T, TValue?> get,
        Func<TapeElement, ReadContext, TValue?> read,
        Action<Utf8JsonWriter, string, TValue?> write,
        Action<ModelSoundness, string, TValue?, bool> check,
        Action<TextWalker, string, TValue?>? walk = null,
        System.Collections.Generic.IReadOnlyList<string>? codes = null)
        : base(name, kind, required)
    {
        _codes = codes;
        _get = get;
        _read = read;
        _write = write;
        _walk = walk;
        _check = check;
    }

    /// <summary>Gets the values the property may take, when it is a closed list of strings (<c>formatVersion</c>).</summary>
    public override System.Collections.Generic.IReadOnlyList<string>? Codes => _codes;

    internal override void Read(TapeElement element, ReadContext c, ref FieldValue value)
    {
        value.Reference = _read(element, c);
        value.HasValue = value.Reference is not null;
    }

    internal override void Write(Utf8JsonWriter w, T owner) => _write(w, Name, _get(owner));

    internal override void Check(ModelSoundness soundness, T owner) => _check(soundness, Name, _get(owner), Required);

    internal override void Walk(TextWalker walker, T owner) => _walk?.Invoke(walker, Name, _get(owner));
}
