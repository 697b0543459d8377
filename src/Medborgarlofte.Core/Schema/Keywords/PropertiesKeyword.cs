using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>properties</c>: each property named here must satisfy its subschema. Driven by
/// <see cref="ObjectPropertiesWalk"/>, which looks each instance property up once for all object keywords.
/// </summary>
internal sealed class PropertiesKeyword
{
    private readonly SchemaNode[] _subschemas;

    /// <summary>The schema of each name in <see cref="Names"/>, by position. Read by the schema code generator.</summary>
    internal System.Collections.Generic.IReadOnlyList<SchemaNode> Subschemas => _subschemas;

    public PropertiesKeyword(SchemaNode owner, Utf8NameTable names, SchemaNode[] subschemas)
    {
        Owner = owner;
        Names = names;
        _subschemas = subschemas;
    }

    /// <summary>The schema object the keyword belongs to.</summary>
    public SchemaNode Owner { get; }

    /// <summary>The property names, in the order of the subschemas.</summary>
    public Utf8NameTable Names { get; }

    /// <summary>Evaluates the property against the subschema for name <paramref name="slot"/>.</summary>
    public bool EvaluateProperty(int slot, JsonProperty property, int position, EvaluationContext context)
    {
        var subschema = _subschemas[slot];
        if (subschema.AlwaysPasses)
        {
            return true;
        }

        if (subschema.IsFalse)
        {
            context.ReportAt(position, subschema, keyword: null, SchemaMessages.PropertyNotAllowed(property.Name));
            return false;
        }

        context.Push(position);
        var ok = subschema.Evaluate(property.Value, context, null);
        context.PopInstance();
        return ok;
    }
}
