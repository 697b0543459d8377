using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>propertyNames</c>: every property name, as a JSON string, must satisfy the subschema. One error per
/// rejected name is reported at the object, naming the property.
/// </summary>
/// <remarks>
/// Each name is evaluated as a string instance made from its raw bytes (<see cref="InstanceValue(ReadOnlySpan{byte})"/>),
/// not as a small JSON document per name: that parse was a sixth of the evaluation of a typical agreement,
/// whose every text is a language map.
/// </remarks>
internal sealed class PropertyNamesKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;

    /// <summary>The schema every property name must meet. Read by the schema code generator.</summary>
    internal SchemaNode Subschema => _subschema;

    public PropertyNamesKeyword(SchemaNode owner, SchemaNode subschema)
        : base(owner, "propertyNames")
    {
        _subschema = subschema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_subschema.AlwaysPasses)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.Element.EnumerateObject())
        {
            if (IsAccepted(property, context))
            {
                continue;
            }

            valid = false;
            if (!context.CollectErrors)
            {
                return false;
            }

            Report(context, SchemaMessages.PropertyName(property.Name));
        }

        return valid;
    }

    private bool IsAccepted(JsonProperty property, EvaluationContext context)
    {
        if (_subschema.IsFalse)
        {
            return false;
        }

        var name = new InstanceValue(JsonText.RawName(property));
        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var ok = _subschema.Evaluate(in name, context, null);
        context.CollectErrors = collect;
        return ok;
    }
}
