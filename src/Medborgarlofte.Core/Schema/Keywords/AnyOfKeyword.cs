using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>anyOf</c>: at least one subschema must pass.</summary>
/// <remarks>
/// Alternatives are first tried without collecting errors (cheap, and nothing is allocated when one passes).
/// Only when all fail are they evaluated again to report why, followed by an anyOf error. When an
/// unevaluated keyword needs annotations every alternative is tried, since each passing one contributes.
/// </remarks>
internal sealed class AnyOfKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    public AnyOfKeyword(SchemaNode owner, SchemaNode[] subschemas)
        : base(owner, "anyOf")
    {
        _subschemas = subschemas;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var any = false;
        foreach (var subschema in _subschemas)
        {
            if (evaluated is null)
            {
                if (subschema.Evaluate(instance, context, null))
                {
                    any = true;
                    break;
                }

                continue;
            }

            var scratch = context.RentSet(evaluated.Count);
            if (subschema.Evaluate(instance, context, scratch))
            {
                any = true;
                evaluated.UnionWith(scratch);
            }

            context.ReturnSet(scratch);
        }

        context.CollectErrors = collect;
        if (any)
        {
            return true;
        }

        if (collect)
        {
            foreach (var subschema in _subschemas)
            {
                subschema.Evaluate(instance, context, null);
            }

            Report(context, SchemaMessages.AnyOf());
        }

        return false;
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into) => into.AddRange(_subschemas);
}
