using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>if</c> with its <c>then</c> and <c>else</c>: one handler, because <c>then</c>/<c>else</c> only act on the
/// outcome of <c>if</c> (without <c>if</c> they are ignored). <c>if</c> itself never produces errors.
/// </summary>
internal sealed class IfThenElseKeyword : KeywordHandler
{
    private readonly SchemaNode _if;
    private readonly SchemaNode? _then;
    private readonly SchemaNode? _else;

    /// <summary>The condition. Read by the schema code generator.</summary>
    internal SchemaNode If => _if;

    /// <summary>Applied when the condition holds. Read by the schema code generator.</summary>
    internal SchemaNode? Then => _then;

    /// <summary>Applied when it does not. Read by the schema code generator.</summary>
    internal SchemaNode? Else => _else;

    public IfThenElseKeyword(SchemaNode owner, SchemaNode ifSchema, SchemaNode? thenSchema, SchemaNode? elseSchema)
        : base(owner, "if")
    {
        _if = ifSchema;
        _then = thenSchema;
        _else = elseSchema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (evaluated is null && _then is null && _else is null)
        {
            return true;
        }

        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var scratch = evaluated is null ? null : context.RentSet(evaluated.Count);
        var matched = _if.Evaluate(instance, context, scratch);
        context.CollectErrors = collect;
        if (scratch is not null)
        {
            if (matched)
            {
                evaluated!.UnionWith(scratch);
            }

            context.ReturnSet(scratch);
        }

        var branch = matched ? _then : _else;
        return branch is null || branch.Evaluate(instance, context, evaluated);
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into)
    {
        into.Add(_if);
        if (_then is not null)
        {
            into.Add(_then);
        }

        if (_else is not null)
        {
            into.Add(_else);
        }
    }
}
