using System;
using System.Runtime.CompilerServices;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// The values read for one object, handed to its shape's build function, which takes them in the order the
/// shape declares its properties: the build's object initializer lists them in that order.
/// </summary>
internal ref struct FieldValues
{
    private readonly Span<FieldValue> _values;
    private readonly ReadOnlySpan<string> _names;
    private int _next;

    internal FieldValues(Span<FieldValue> values, ReadOnlySpan<string> names)
    {
        _values = values;
        _names = names;
    }

    /// <summary>The next value, of a property the shape requires (the build runs only when it read).</summary>
    internal T Required<T>()
        where T : class => (T)_values[_next++].Reference!;

    /// <summary>The next value, <see langword="null"/> when absent or unreadable.</summary>
    internal T? Optional<T>()
        where T : class => (T?)_values[_next++].Reference;

    /// <summary>The next value of a value type; its default when absent (a required one is always there).</summary>
    internal TValue Value<TValue>()
        where TValue : unmanaged => Unsafe.As<decimal, TValue>(ref _values[_next++].Bits);

    /// <summary>The next value of a value type, <see langword="null"/> when absent or unreadable.</summary>
    internal TValue? Nullable<TValue>()
        where TValue : unmanaged
    {
        ref var value = ref _values[_next++];
        return value.HasValue ? Unsafe.As<decimal, TValue>(ref value.Bits) : null;
    }

    /// <summary>The next value, an array; empty when absent.</summary>
    internal EquatableArray<T> Array<T>() =>
        _values[_next++].Reference is T[] items ? EquatableArray<T>.TakeOwnership(items) : default;

    /// <summary>The next value, the object's extension data.</summary>
    internal ExtensionData Extensions() => Optional<ExtensionData>() ?? ExtensionData.Empty;

    /// <summary>Whether the property <paramref name="name"/> was in the object (for a shape's own checks).</summary>
    internal readonly bool Has(string name) => _values[_names.IndexOf(name)].Present;

    /// <summary>Whether the property <paramref name="name"/> was there and read (for a shape's own checks).</summary>
    internal readonly bool Read(string name) => _values[_names.IndexOf(name)].HasValue;

    /// <summary>The value of a property of a value type, by name (for a shape's own checks).</summary>
    internal readonly TValue? ValueOf<TValue>(string name)
        where TValue : unmanaged
    {
        ref var value = ref _values[_names.IndexOf(name)];
        return value.HasValue ? Unsafe.As<decimal, TValue>(ref value.Bits) : null;
    }
}
