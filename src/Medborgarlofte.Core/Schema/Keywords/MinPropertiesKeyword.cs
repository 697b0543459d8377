using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>minProperties</c>: the object has at least this many properties.</summary>
internal sealed class MinPropertiesKeyword : KeywordHandler
{
    private readonly long _limit;

    public MinPropertiesKeyword(SchemaNode owner, long limit)
        : base(owner, "minProperties")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 10;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var count = instance.Element.GetPropertyCount();
        if (count >= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MinProperties(_limit, count));
        }

        return false;
    }
}
