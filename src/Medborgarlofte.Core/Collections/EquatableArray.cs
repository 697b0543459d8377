using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Runtime.CompilerServices;
using Medborgarlofte.Internal;

namespace Medborgarlofte;

/// <summary>
/// An immutable array that compares by its elements, so that records holding it
/// have value equality (an <see cref="ImmutableArray{T}"/> compares by reference).
/// </summary>
/// <remarks>
/// Two arrays are equal when they have the same length and equal elements in the same
/// order; the hash code is computed from the elements. The default value is the empty array.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Initializes a new array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements, copied.</param>
    public EquatableArray(IEnumerable<T> items)
    {
        Preconditions.CheckNotNull(items, nameof(items));
        var copy = items is ICollection<T> c ? CopyOf(c) : [.. items];
        _items = copy.Length == 0 ? null : copy;
    }

    private EquatableArray(T[] owned)
    {
        _items = owned.Length == 0 ? null : owned;
    }

    /// <summary>Gets the empty array.</summary>
#pragma warning disable CA1000 // Mirrors ImmutableArray<T>.Empty, which users know.
    public static EquatableArray<T> Empty => default;
#pragma warning restore CA1000

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Gets a value indicating whether the array has no elements.</summary>
    public bool IsEmpty => _items is null;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>Gets the elements as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Converts an immutable array without copying its elements twice.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) =>
        items.IsDefaultOrEmpty ? default : new EquatableArray<T>(items.AsSpan().ToArray());

    /// <summary>Converts an array by copying it.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[]? items) =>
        items is null || items.Length == 0 ? default : new EquatableArray<T>((T[])items.Clone());

    /// <summary>Wraps an array the caller gives up; used where the array is never seen again.</summary>
    internal static EquatableArray<T> TakeOwnership(T[] items) => new(items);

    /// <summary>The array itself, for internal readers that never write to it (no copy); empty for the default value.</summary>
    internal T[] SharedArray() => _items ?? [];

    /// <summary>Returns the elements as an immutable array.</summary>
    /// <returns>A new immutable array.</returns>
    [Pure]
    public ImmutableArray<T> ToImmutableArray() => [.. AsSpan()];

    /// <inheritdoc />
    [Pure]
    public bool Equals(EquatableArray<T> other)
    {
        return AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{Count} items]";

    private static T[] CopyOf(ICollection<T> collection)
    {
        var copy = new T[collection.Count];
        collection.CopyTo(copy, 0);
        return copy;
    }
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values; used by collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    [Pure]
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? default : EquatableArray<T>.TakeOwnership(items.ToArray());
}
