using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>maximum</c>: the number must be at most the limit (decimal comparison, double beyond decimal's range).</summary>
internal sealed class MaximumKeyword : KeywordHandler
{
    private readonly SchemaNumber _limit;
    private readonly SchemaMessage _message;

    /// <summary>The greatest allowed value. Read by the schema code generator.</summary>
    internal SchemaNumber Limit => _limit;

    public MaximumKeyword(SchemaNode owner, SchemaNumber limit)
        : base(owner, "maximum")
    {
        _limit = limit;
        _message = SchemaMessages.Maximum(limit.Text);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_limit.CompareInstance(in instance) > 0)
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
