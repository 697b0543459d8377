using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>additionalProperties</c>: every property not named in <c>properties</c> and not matching a
/// <c>patternProperties</c> pattern of the same schema object must satisfy the subschema. Driven by
/// <see cref="ObjectPropertiesWalk"/>, which knows during its single pass which names the others took, so no
/// annotations are needed.
/// </summary>
internal sealed class AdditionalPropertiesKeyword
{
    private const string Keyword = "additionalProperties";

    private readonly SchemaNode _subschema;

    /// <summary>The schema every property not matched by name must meet. Read by the schema code generator.</summary>
    internal SchemaNode Subschema => _subschema;

    public AdditionalPropertiesKeyword(SchemaNode owner, SchemaNode subschema)
    {
        Owner = owner;
        _subschema = subschema;
    }

    /// <summary>The schema object the keyword belongs to.</summary>
    public SchemaNode Owner { get; }

    /// <summary>Evaluates a property that no sibling keyword took.</summary>
    public bool EvaluateProperty(JsonProperty property, int position, EvaluationContext context)
    {
        if (_subschema.AlwaysPasses)
        {
            return true;
        }

        if (_subschema.IsFalse)
        {
            context.ReportAt(position, Owner, Keyword, SchemaMessages.PropertyNotAllowed(property.Name));
            return false;
        }

        context.Push(position);
        var ok = _subschema.Evaluate(property.Value, context, null);
        context.PopInstance();
        return ok;
    }
}
