using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>exclusiveMaximum</c>: the number must be less than the limit (decimal comparison, double beyond decimal's range).</summary>
internal sealed class ExclusiveMaximumKeyword : KeywordHandler
{
    private readonly SchemaNumber _limit;
    private readonly SchemaMessage _message;

    public ExclusiveMaximumKeyword(SchemaNode owner, SchemaNumber limit)
        : base(owner, "exclusiveMaximum")
    {
        _limit = limit;
        _message = SchemaMessages.ExclusiveMaximum(limit.Text);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_limit.CompareInstance(in instance) >= 0)
        {
            if (context.CollectErrors)
            {
                Report(context, _message);
            }

            return false;
        }

        return true;
    }
}
