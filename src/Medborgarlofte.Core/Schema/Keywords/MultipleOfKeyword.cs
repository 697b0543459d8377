using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>multipleOf</c>: the number divided by the divisor must be an integer (decimal arithmetic, see
/// <see cref="SchemaNumber"/>).</summary>
internal sealed class MultipleOfKeyword : KeywordHandler
{
    private readonly SchemaNumber _divisor;
    private readonly SchemaMessage _message;

    public MultipleOfKeyword(SchemaNode owner, SchemaNumber divisor)
        : base(owner, "multipleOf")
    {
        _divisor = divisor;
        _message = SchemaMessages.MultipleOf(divisor.Text);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_divisor.Divides(in instance))
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, _message);
        }

        return false;
    }
}
