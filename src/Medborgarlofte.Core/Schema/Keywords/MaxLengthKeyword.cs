using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>maxLength</c>: at most this many characters, counted as Unicode code points (an emoji is one).</summary>
internal sealed class MaxLengthKeyword : KeywordHandler
{
    private readonly long _limit;

    public MaxLengthKeyword(SchemaNode owner, long limit)
        : base(owner, "maxLength")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var raw = instance.Raw;
        if (raw.Length <= _limit)
        {
            return true; // a code point takes at least one byte
        }

        var length = JsonText.CountCodePoints(raw);
        if (length <= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MaxLength(_limit, length));
        }

        return false;
    }
}
