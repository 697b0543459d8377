using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>oneOf</c>: exactly one subschema must pass.</summary>
/// <remarks>Alternatives are probed without collecting errors; see <see cref="AnyOfKeyword"/>.</remarks>
internal sealed class OneOfKeyword : KeywordHandler
{
    private const int NoMatch = -1;

    private readonly SchemaNode[] _subschemas;

    /// <summary>The alternatives, exactly one of which must hold. Read by the schema code generator.</summary>
    internal System.Collections.Generic.IReadOnlyList<SchemaNode> Subschemas => _subschemas;

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
        var first = NoMatch;
        var second = NoMatch;
        EvaluatedSet? match = null;
        for (var i = 0; i < _subschemas.Length && second == NoMatch; i++)
        {
            var scratch = evaluated is null ? null : context.RentSet(evaluated.Count);
            if (_subschemas[i].Evaluate(instance, context, scratch))
            {
                if (first == NoMatch)
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
                // Stryker disable once Statement : returns a pooled set; dropping it only costs an allocation
                context.ReturnSet(scratch);
            }
        }

        context.CollectErrors = collect;
        if (match is not null)
        {
            if (second == NoMatch)
            {
                evaluated!.UnionWith(match);
            }

            // Stryker disable once Statement : returns a pooled set; dropping it only costs an allocation
            context.ReturnSet(match);
        }

        if (first != NoMatch && second == NoMatch)
        {
            return true;
        }

        if (collect)
        {
            if (first == NoMatch)
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
