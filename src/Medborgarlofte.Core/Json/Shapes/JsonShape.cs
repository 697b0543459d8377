using System;
using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The declaration of a model type in the format: its properties in canonical order (<see cref="Fields{T}"/>) and
/// how to build it. Reading, writing and the text walk all follow from it; each record declares its own next to
/// its properties (<c>Commitment.Shape</c>).
/// </summary>
/// <remarks>
/// Reading is strict and total: every property is known, required ones are there, every problem is reported at its
/// pointer in one pass, and an object whose required parts did not read is <see langword="null"/>. No reflection:
/// the declarations are ordinary delegates, so trimming and Native AOT see all of it.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class JsonShape<T> : IJsonShape
    where T : class
{
    private readonly JsonField<T>[] _fields;
    private readonly string[] _names;
    private readonly bool[] _required;
    private readonly ShapeBuild<T> _build;

    internal JsonShape(ShapeBuild<T> build, params JsonField<T>[] fields)
        : this(build, fields, Array.ConvertAll(fields, static f => f.Required))
    {
    }

    private JsonShape(ShapeBuild<T> build, JsonField<T>[] fields, bool[] required)
    {
        _build = build;
        _fields = fields;
        _names = Array.ConvertAll(fields, static f => f.Name);
        _required = required;
        Reader = Read;
        Writer = Write;
    }

    public Type Type => typeof(T);

    public IReadOnlyList<IJsonField> Fields => _fields;

    /// <summary>Gets a check run before the required properties are; when it fails nothing more is reported.</summary>
    internal ShapeCheck? CheckFirst { get; init; }

    /// <summary>Gets a check run once every required property has read.</summary>
    internal ShapeCheck? CheckLast { get; init; }

    /// <summary>Gets <see cref="Read"/> as a delegate made once, for arrays of this shape.</summary>
    internal Func<TapeElement, ReadContext, T?> Reader { get; }

    /// <summary>Gets <see cref="Write(Utf8JsonWriter, T)"/> as a delegate made once, for arrays of this shape.</summary>
    internal Action<Utf8JsonWriter, T> Writer { get; }

    public bool IsRequired(int index) => _required[index];

    public object Build(Span<FieldValue> values) => _build(new FieldValues(values, _names));

    /// <summary>The same shape where one more property is required (a follow-up's agreement reference names its revision).</summary>
    internal JsonShape<T> WithRequired(string name)
    {
        var required = (bool[])_required.Clone();
        required[Array.IndexOf(_names, name)] = true;
        return new JsonShape<T>(_build, _fields, required) { CheckFirst = CheckFirst, CheckLast = CheckLast };
    }

    /// <summary>Reads an object of this shape, reporting every problem; <see langword="null"/> when its required parts did not read.</summary>
    internal T? Read(TapeElement element, ReadContext c)
    {
        if (!c.Expect(element, JsonValueKind.Object))
        {
            return null;
        }

        var pool = FieldValuePool.Current;
        var values = pool.Rent(_fields.Length);
        try
        {
            var next = 0;
            foreach (var property in element.EnumerateObject())
            {
                var name = PropertyNames.Of(property);
                c.Push(name);
                var index = IndexOf(name, next);
                if (index < 0)
                {
                    c.UnknownProperty(name);
                }
                else
                {
                    ref var value = ref values[index];
                    value.Present = true;
                    _fields[index].Read(property.Value, c, ref value);
                    next = index + 1;
                }

                c.Pop();
            }

            return IsComplete(values, c) ? _build(new FieldValues(values, _names)) : null;
        }
        finally
        {
            pool.Return(values);
        }
    }

    /// <summary>Writes <paramref name="value"/> as an object, its properties in canonical order, absent ones left out.</summary>
    internal void Write(Utf8JsonWriter w, T value)
    {
        w.WriteStartObject();
        foreach (var field in _fields)
        {
            field.Write(w, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Checks that every property of <paramref name="value"/> can be written, in canonical order.</summary>
    internal void Check(ModelSoundness soundness, T value)
    {
        foreach (var field in _fields)
        {
            field.Check(soundness, value);
        }
    }

    /// <summary>Visits the human texts of <paramref name="value"/>, in canonical order.</summary>
    internal void Walk(TextWalker walker, T value)
    {
        foreach (var field in _fields)
        {
            field.Walk(walker, value);
        }
    }

    private bool IsComplete(Span<FieldValue> values, ReadContext c)
    {
        if (CheckFirst is { } first && !first(new FieldValues(values, _names), c))
        {
            return false;
        }

        // Every missing property is reported, not only the first.
        var present = true;
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_required[i])
            {
                present &= c.Require(values[i].Present, _names[i]);
            }
        }

        if (!present)
        {
            return false;
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            if (_required[i] && !values[i].HasValue)
            {
                return false;
            }
        }

        return CheckLast is not { } last || last(new FieldValues(values, _names), c);
    }

    private int IndexOf(string name, int hint)
    {
        // Properties mostly come in canonical order, so the next one is tried first; known names are the shared
        // strings of PropertyNames, the very strings declared here, so a reference comparison finds them.
        var names = _names;
        if ((uint)hint < (uint)names.Length && ReferenceEquals(names[hint], name))
        {
            return hint;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        return Array.IndexOf(names, name);
    }
}
