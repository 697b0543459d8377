using System;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property whose value is a list of objects of one shape.</summary>
internal sealed class ArrayField<T, TItem> : JsonField<T>
    where T : class
    where TItem : class
{
    private readonly Func<T, EquatableArray<TItem>> _get;
    private readonly JsonShape<TItem> _shape;

    internal ArrayField(string name, bool required, Func<T, EquatableArray<TItem>> get, JsonShape<TItem> shape)
        : base(name, FieldKind.Array, required)
    {
        _get = get;
        _shape = shape;
    }

    public override IJsonShape Shape => _shape;

    internal override void Read(TapeElement element, ReadContext c, ref FieldValue value)
    {
        // An array with unreadable items, or no array at all (reported), still counts as read, as it always has.
        value.Reference = c.Array(element, _shape.Reader).SharedArray();
        value.HasValue = true;
    }

    // A required array is written even when empty ("parties": []), an optional one is left out.
    internal override void Write(Utf8JsonWriter w, T owner) => WriteHelpers.Array(w, Name, _get(owner), _shape.Writer, Required);

    internal override void Check(ModelSoundness soundness, T owner) => soundness.Items(Name, _get(owner), _shape);

    internal override void Walk(TextWalker walker, T owner) => walker.Items(Name, _get(owner), _shape);
}
