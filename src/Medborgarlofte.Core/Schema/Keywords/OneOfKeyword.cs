using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>oneOf</c>: exactly one subschema must pass.</summary>
/// <remarks>Alternatives are probed without collecting errors; see <see cref="AnyOfKeyword"/>.</remarks>
internal sealed class OneOfKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    public OneOfKeyword(SchemaNode owner, SchemaNode[] subschemas)
        : base(owner, "oneOf")
    {
        _subschemas = subschemas;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var first = -1;
        var second = -1;
        EvaluatedSet? match = null;
        for (var i = 0; i < _subschemas.Length && second < 0; i++)
        {
            var scratch = evaluated is null ? null : context.RentSet(evaluated.Count);
            if (_subschemas[i].Evaluate(instance, context, scratch))
            {
                if (first < 0)
                {
                    first = i;
                    (match, scratch) = (scratch, null);
                }
                else
                {
                    second = i;
                }
            }

            if (scratch is not null)
            {
                context.ReturnSet(scratch);
            }
        }

        context.CollectErrors = collect;
        if (match is not null)
        {
            if (second < 0)
            {
                evaluated!.UnionWith(match);
            }

            context.ReturnSet(match);
        }

        if (first >= 0 && second < 0)
        {
            return true;
        }

        if (collect)
        {
            if (first < 0)
            {
                foreach (var subschema in _subschemas)
                {
                    subschema.Evaluate(instance, context, null);
                }

                Report(context, SchemaMessages.OneOfNone());
            }
            else
            {
                Report(context, SchemaMessages.OneOfMany(first, second));
            }
        }

        return false;
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into) => into.AddRange(_subschemas);
}
