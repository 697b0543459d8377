using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>exclusiveMinimum</c>: the number must be greater than the limit (decimal comparison, double beyond decimal's range).</summary>
internal sealed class ExclusiveMinimumKeyword : KeywordHandler
{
    private readonly SchemaNumber _limit;
    private readonly SchemaMessage _message;

    /// <summary>The bound an instance must exceed. Read by the schema code generator.</summary>
    internal SchemaNumber Limit => _limit;

    public ExclusiveMinimumKeyword(SchemaNode owner, SchemaNumber limit)
        : base(owner, "exclusiveMinimum")
    {
        _limit = limit;
        _message = SchemaMessages.ExclusiveMinimum(limit.Text);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_limit.CompareInstance(in instance) <= 0)
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
