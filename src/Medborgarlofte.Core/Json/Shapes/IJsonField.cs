using System.Collections.Generic;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A property declaration seen without its record type: what tests compare with the JSON Schema.</summary>
internal interface IJsonField
{
    /// <summary>Gets the JSON name.</summary>
    string Name { get; }

    /// <summary>Gets what kind of value the property holds.</summary>
    FieldKind Kind { get; }

    /// <summary>Gets a value indicating whether the property is required.</summary>
    bool Required { get; }

    /// <summary>Gets the shape of an object or of an array's items; <see langword="null"/> for other kinds.</summary>
    IJsonShape? Shape { get; }

    /// <summary>Gets the codes of a closed code list; <see langword="null"/> for other kinds.</summary>
    IReadOnlyList<string>? Codes { get; }

    /// <summary>Gets the bounds of an integer; <see langword="null"/> for other kinds.</summary>
    (int Minimum, int Maximum)? Range { get; }
}
