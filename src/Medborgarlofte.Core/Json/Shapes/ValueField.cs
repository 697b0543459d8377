using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property whose value is a small value type (a number, an integer, a code, a date, a boolean), kept unboxed.</summary>
internal sealed class ValueField<T, TValue> : JsonField<T>
    where T : class
    where TValue : unmanaged
{
    private readonly Func<T, TValue?> _get;
    private readonly Func<TapeElement, ReadContext, TValue?> _read;
    private readonly Action<Utf8JsonWriter, string, TValue?> _write;
    private readonly IReadOnlyList<string>? _codes;
    private readonly Action<ModelSoundness, string, TValue?>? _check;

    internal ValueField(
        string name,
        FieldKind kind,
        bool required,
        Func<T, TValue?> get,
        Func<TapeElement, ReadContext, TValue?> read,
        Action<Utf8JsonWriter, string, TValue?> write,
        IReadOnlyList<string>? codes = null,
        Action<ModelSoundness, string, TValue?>? check = null,
        (int Minimum, int Maximum)? range = null)
        : base(name, kind, required)
    {
        // FieldValue.Bits holds 16 bytes.
        if (Unsafe.SizeOf<TValue>() > sizeof(decimal))
        {
            throw new ArgumentException($"{typeof(TValue).Name} does not fit a field value.", nameof(read));
        }

        _get = get;
        _read = read;
        _write = write;
        _codes = codes;
        _check = check;
        Range = range;
    }

    public override IReadOnlyList<string>? Codes => _codes;

    public override (int Minimum, int Maximum)? Range { get; }

    internal override void Read(TapeElement element, ReadContext c, ref FieldValue value)
    {
        if (_read(element, c) is { } read)
        {
            Unsafe.As<decimal, TValue>(ref value.Bits) = read;
            value.HasValue = true;
        }
    }

    internal override void Write(Utf8JsonWriter w, T owner) => _write(w, Name, _get(owner));

    internal override void Check(ModelSoundness soundness, T owner) => _check?.Invoke(soundness, Name, _get(owner));
}
