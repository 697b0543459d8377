using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>maxItems</c>: the array has at most this many items.</summary>
internal sealed class MaxItemsKeyword : KeywordHandler
{
    private readonly long _limit;

    public MaxItemsKeyword(SchemaNode owner, long limit)
        : base(owner, "maxItems")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override int Order => 10;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var count = instance.Element.GetArrayLength();
        if (count <= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MaxItems(_limit, count));
        }

        return false;
    }
}
