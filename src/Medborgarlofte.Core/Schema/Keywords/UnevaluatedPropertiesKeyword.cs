using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>unevaluatedProperties</c>: every property that no adjacent keyword (including those reached in place
/// through <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>if</c>/<c>then</c>/<c>else</c>, <c>dependentSchemas</c>
/// and <c>$ref</c>) evaluated must satisfy the subschema. Runs last in its schema object; the schema object
/// gives it the <see cref="EvaluatedSet"/> its siblings marked.
/// </summary>
internal sealed class UnevaluatedPropertiesKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;

    public UnevaluatedPropertiesKeyword(SchemaNode owner, SchemaNode subschema)
        : base(owner, "unevaluatedProperties")
    {
        _subschema = subschema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 100;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = -1;
        foreach (var property in instance.Element.EnumerateObject())
        {
            index++;
            if (evaluated is not null)
            {
                if (evaluated.IsMarked(index))
                {
                    continue;
                }

                evaluated.Mark(index);
            }

            if (_subschema.AlwaysPasses)
            {
                continue;
            }

            bool ok;
            if (_subschema.IsFalse)
            {
                ok = false;
                context.ReportAt(index, Owner, Keyword, SchemaMessages.PropertyNotAllowed(property.Name));
            }
            else
            {
                context.Push(index);
                ok = _subschema.Evaluate(property.Value, context, null);
                context.PopInstance();
            }

            if (!ok)
            {
                valid = false;
                if (!context.CollectErrors)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
