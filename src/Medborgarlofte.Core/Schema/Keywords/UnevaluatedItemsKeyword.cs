using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>unevaluatedItems</c>: every item that no adjacent keyword (<c>prefixItems</c>, <c>items</c>,
/// <c>contains</c>, also through in-place applicators and <c>$ref</c>) evaluated must satisfy the subschema.
/// Runs last in its schema object.
/// </summary>
internal sealed class UnevaluatedItemsKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;

    public UnevaluatedItemsKeyword(SchemaNode owner, SchemaNode subschema)
        : base(owner, "unevaluatedItems")
    {
        _subschema = subschema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override int Order => 100;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = -1;
        foreach (var item in instance.Element.EnumerateArray())
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
                context.ReportAt(index, Owner, Keyword, SchemaMessages.ItemNotAllowed(index));
            }
            else
            {
                context.Push(index);
                ok = _subschema.Evaluate(item, context, null);
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
