using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The declaration of one property of a model type <typeparamref name="T"/>: its JSON name, whether it is required,
/// its kind, and how it is read, written and walked for texts. Made by <see cref="Fields{T}"/>.
/// </summary>
/// <typeparam name="T">The record the property belongs to.</typeparam>
internal abstract class JsonField<T> : IJsonField
    where T : class
{
    protected JsonField(string name, FieldKind kind, bool required)
    {
        Name = name;
        Kind = kind;
        Required = required;
    }

    public string Name { get; }

    public FieldKind Kind { get; }

    public bool Required { get; }

    public virtual IJsonShape? Shape => null;

    public virtual IReadOnlyList<string>? Codes => null;

    public virtual (int Minimum, int Maximum)? Range => null;

    /// <summary>Reads the value into <paramref name="value"/>, reporting any problem at the context's pointer.</summary>
    internal abstract void Read(TapeElement element, ReadContext c, ref FieldValue value);

    /// <summary>Writes the property of <paramref name="owner"/>, or nothing when it is absent.</summary>
    internal abstract void Write(Utf8JsonWriter w, T owner);

    /// <summary>Checks that the property of <paramref name="owner"/> can be written (see <see cref="ModelSoundness"/>).</summary>
    internal abstract void Check(ModelSoundness soundness, T owner);

    /// <summary>Visits the human texts under the property.</summary>
    internal virtual void Walk(TextWalker walker, T owner)
    {
    }
}
