using System;
using System.Collections.Generic;

namespace Medborgarlofte.Json.Shapes;

/// <summary>A model type's declaration seen without the type: what tests compare with the JSON Schema.</summary>
internal interface IJsonShape
{
    /// <summary>Gets the record type.</summary>
    Type Type { get; }

    /// <summary>Gets the properties in canonical (writing) order.</summary>
    IReadOnlyList<IJsonField> Fields { get; }

    /// <summary>Whether property <paramref name="index"/> of <see cref="Fields"/> is required when read.</summary>
    bool IsRequired(int index);

    /// <summary>Builds the record from values given in the order of <see cref="Fields"/> (what test generators make records with).</summary>
    object Build(Span<FieldValue> values);
}
