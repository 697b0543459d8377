using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>minItems</c>: the array has at least this many items.</summary>
internal sealed class MinItemsKeyword : KeywordHandler
{
    private readonly long _limit;

    public MinItemsKeyword(SchemaNode owner, long limit)
        : base(owner, "minItems")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override int Order => 10;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var count = instance.Element.GetArrayLength();
        if (count >= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MinItems(_limit, count));
        }

        return false;
    }
}
