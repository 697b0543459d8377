using System;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property whose value is a list of strings or texts.</summary>
internal sealed class ListField<T, TItem> : JsonField<T>
    where T : class
{
    private readonly Func<T, EquatableArray<TItem>> _get;
    private readonly Func<TapeElement, ReadContext, EquatableArray<TItem>> _read;
    private readonly Action<Utf8JsonWriter, string, EquatableArray<TItem>> _write;
    private readonly Action<TextWalker, string, EquatableArray<TItem>>? _walk;
    private readonly Action<ModelSoundness, string, EquatableArray<TItem>> _check;

    internal ListField(
        string name,
        FieldKind kind,
        Func<T, EquatableArray<TItem>> get,
        Func<TapeElement, ReadContext, EquatableArray<TItem>> read,
        Action<Utf8JsonWriter, string, EquatableArray<TItem>> write,
        Action<ModelSoundness, string, EquatableArray<TItem>> check,
        Action<TextWalker, string, EquatableArray<TItem>>? walk = null)
        : base(name, kind, required: false)
    {
        _get = get;
        _read = read;
        _write = write;
        _walk = walk;
        _check = check;
    }

    internal override void Read(TapeElement element, ReadContext c, ref FieldValue value)
    {
        // A list that is no array reads as empty (reported): like the hand-written readers, it still counts as read.
        value.Reference = _read(element, c).SharedArray();
        value.HasValue = true;
    }

    internal override void Write(Utf8JsonWriter w, T owner) => _write(w, Name, _get(owner));

    internal override void Check(ModelSoundness soundness, T owner) => _check(soundness, Name, _get(owner));

    internal override void Walk(TextWalker walker, T owner) => _walk?.Invoke(walker, Name, _get(owner));
}
