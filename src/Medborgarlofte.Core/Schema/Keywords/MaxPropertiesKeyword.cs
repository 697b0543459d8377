using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>maxProperties</c>: the object has at most this many properties.</summary>
internal sealed class MaxPropertiesKeyword : KeywordHandler
{
    private readonly long _limit;

    public MaxPropertiesKeyword(SchemaNode owner, long limit)
        : base(owner, "maxProperties")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 10;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var count = instance.Element.GetPropertyCount();
        if (count <= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MaxProperties(_limit, count));
        }

        return false;
    }
}
