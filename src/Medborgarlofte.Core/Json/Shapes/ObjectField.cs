using System;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property whose value is an object of its own shape.</summary>
internal sealed class ObjectField<T, TChild> : JsonField<T>
    where T : class
    where TChild : class
{
    private readonly Func<T, TChild?> _get;
    private readonly JsonShape<TChild> _shape;

    internal ObjectField(string name, bool required, Func<T, TChild?> get, JsonShape<TChild> shape)
        : base(name, FieldKind.Object, required)
    {
        _get = get;
        _shape = shape;
    }

    public override IJsonShape Shape => _shape;

    internal override void Read(TapeElement element, ReadContext c, ref FieldValue value)
    {
        value.Reference = _shape.Read(element, c);
        value.HasValue = value.Reference is not null;
    }

    internal override void Write(Utf8JsonWriter w, T owner)
    {
        if (_get(owner) is { } child)
        {
            w.WritePropertyName(Name);
            _shape.Write(w, child);
        }
    }

    internal override void Check(ModelSoundness soundness, T owner) => soundness.Object(Name, _get(owner), _shape, Required);

    internal override void Walk(TextWalker walker, T owner) => walker.Object(Name, _get(owner), _shape);
}
