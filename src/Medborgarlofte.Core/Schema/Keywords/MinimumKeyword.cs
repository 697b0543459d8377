using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>minimum</c>: the number must be at least the limit (decimal comparison, double beyond decimal's range).</summary>
internal sealed class MinimumKeyword : KeywordHandler
{
    private readonly SchemaNumber _limit;
    private readonly SchemaMessage _message;

    /// <summary>The least allowed value. Read by the schema code generator.</summary>
    internal SchemaNumber Limit => _limit;

    public MinimumKeyword(SchemaNode owner, SchemaNumber limit)
        : base(owner, "minimum")
    {
        _limit = limit;
        _message = SchemaMessages.Minimum(limit.Text);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_limit.CompareInstance(in instance) < 0)
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
