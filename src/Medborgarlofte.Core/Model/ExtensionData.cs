using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Medborgarlofte.Internal;

namespace Medborgarlofte;

/// <summary>
/// Data outside the format (tillägg), kept as JSON and written back in the order it was read.
/// </summary>
/// <remarks>
/// Immutable: values are cloned, so they do not depend on the document they came from.
/// Equality is structural: the same property names with equal values, in any order; arrays in
/// order; strings by their value; numbers by value (<c>1.0</c> equals <c>1</c>), the rule of the
/// diff and the content hash too. The written form is kept as read.
/// </remarks>
public sealed class ExtensionData : IEquatable<ExtensionData>
{
    private readonly KeyValuePair<string, JsonElement>[] _properties;

    private ExtensionData(KeyValuePair<string, JsonElement>[] properties)
    {
        _properties = properties;
    }

    /// <summary>Gets the empty extension object.</summary>
    public static ExtensionData Empty { get; } = new([]);

    /// <summary>Gets the number of properties.</summary>
    public int Count => _properties.Length;

    /// <summary>Gets a value indicating whether there are no properties.</summary>
    public bool IsEmpty => _properties.Length == 0;

    /// <summary>Gets the properties in their order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Properties => _properties;

    /// <summary>Creates extension data from properties; each value is cloned.</summary>
    /// <param name="properties">Name/value pairs; a name may appear only once.</param>
    /// <returns>The extension data.</returns>
    /// <exception cref="ArgumentException">A name appears twice.</exception>
    public static ExtensionData Create(IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        Preconditions.CheckNotNull(properties, nameof(properties));
        var list = new List<KeyValuePair<string, JsonElement>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            Preconditions.CheckNotNull(property.Key, nameof(properties));
            Preconditions.CheckArgument(names.Add(property.Key), nameof(properties), "A property name appears twice.");
            list.Add(new(property.Key, property.Value.Clone()));
        }

        return list.Count == 0 ? Empty : new ExtensionData([.. list]);
    }

    /// <summary>Creates extension data from a JSON object; each value is cloned.</summary>
    /// <param name="jsonObject">A JSON object.</param>
    /// <returns>The extension data.</returns>
    /// <exception cref="ArgumentException">The element is not an object.</exception>
    public static ExtensionData FromJsonObject(JsonElement jsonObject)
    {
        Preconditions.CheckArgument(jsonObject.ValueKind == JsonValueKind.Object, nameof(jsonObject), "An object is required.");
        var list = new List<KeyValuePair<string, JsonElement>>();
        foreach (var property in jsonObject.EnumerateObject())
        {
            list.Add(new(property.Name, property.Value.Clone()));
        }

        return list.Count == 0 ? Empty : new ExtensionData([.. list]);
    }

    /// <summary>Gets the value of a property.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the property is present.</returns>
    public bool TryGetValue(string name, [NotNullWhen(true)] out JsonElement? value)
    {
        foreach (var property in _properties)
        {
            if (string.Equals(property.Key, name, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(ExtensionData? other)
    {
        if (other is null || other._properties.Length != _properties.Length)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        foreach (var property in _properties)
        {
            if (!other.TryGetValue(property.Key, out var otherValue) || !JsonStructure.DeepEquals(property.Value, otherValue.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive: a sum of per-property hashes.
        var sum = 0;
        foreach (var property in _properties)
        {
            sum = unchecked(sum + HashCode.Combine(StringComparer.Ordinal.GetHashCode(property.Key), JsonStructure.GetDeepHashCode(property.Value)));
        }

        return sum;
    }

    /// <summary>Compares two extension objects structurally.</summary>
    /// <param name="left">The first object.</param>
    /// <param name="right">The second object.</param>
    public static bool operator ==(ExtensionData? left, ExtensionData? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two extension objects structurally.</summary>
    /// <param name="left">The first object.</param>
    /// <param name="right">The second object.</param>
    public static bool operator !=(ExtensionData? left, ExtensionData? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{{{_properties.Length} extension properties}}";
}
