using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte.Schema;

/// <summary>
/// The outcome of loading a schema: the compiled schema, or the reasons it was refused. Loading never throws
/// for a bad schema, so a caller can show every problem at once.
/// </summary>
internal sealed class SchemaLoadResult
{
    internal SchemaLoadResult(JsonSchema? schema, IReadOnlyList<SchemaLoadError> errors)
    {
        Schema = schema;
        Errors = errors;
    }

    /// <summary>The compiled schema; null when <see cref="Errors"/> is not empty.</summary>
    public JsonSchema? Schema { get; }

    /// <summary>Every problem found; empty on success.</summary>
    public IReadOnlyList<SchemaLoadError> Errors { get; }

    /// <summary>True when the schema was compiled.</summary>
    [MemberNotNullWhen(true, nameof(Schema))]
    public bool Succeeded => Schema is not null;
}
