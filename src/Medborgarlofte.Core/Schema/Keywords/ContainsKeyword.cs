using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>contains</c> with <c>minContains</c> and <c>maxContains</c> (which mean nothing without it): the number of
/// items satisfying the subschema must be within [minContains (default 1), maxContains].
/// </summary>
internal sealed class ContainsKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;
    private readonly long _min;
    private readonly long? _max;
    private readonly bool _explicitMin;

    public ContainsKeyword(SchemaNode owner, SchemaNode subschema, long? minContains, long? maxContains)
        : base(owner, "contains")
    {
        _subschema = subschema;
        _min = minContains ?? 1;
        _explicitMin = minContains is not null;
        _max = maxContains;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var count = 0;
        var index = 0;
        foreach (var item in instance.Element.EnumerateArray())
        {
            context.Push(index);
            var matched = _subschema.Evaluate(item, context, null);
            context.PopInstance();
            if (matched)
            {
                count++;
                evaluated?.Mark(index);
                if (evaluated is null && _max is null && count >= _min)
                {
                    break;
                }
            }

            index++;
        }

        context.CollectErrors = collect;
        var valid = true;
        if (count < _min)
        {
            valid = false;
            if (collect)
            {
                context.Report(Owner, _explicitMin ? "minContains" : "contains", SchemaMessages.MinContains(_min, count));
            }
        }

        if (_max is { } max && count > max)
        {
            valid = false;
            if (collect)
            {
                context.Report(Owner, "maxContains", SchemaMessages.MaxContains(max, count));
            }
        }

        return valid;
    }
}
