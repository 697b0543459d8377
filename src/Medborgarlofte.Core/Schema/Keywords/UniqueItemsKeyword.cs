using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>uniqueItems: true</c>: no two items are equal JSON values (<c>uniqueItems: false</c> compiles to nothing).</summary>
internal sealed class UniqueItemsKeyword : KeywordHandler
{
    public UniqueItemsKeyword(SchemaNode owner)
        : base(owner, "uniqueItems")
    {
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override int Order => 20;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (!JsonValueEquality.TryFindDuplicate(instance.Element, out var first, out var second))
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.UniqueItems(first, second));
        }

        return false;
    }
}
