using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>minLength</c>: at least this many characters, counted as Unicode code points.</summary>
internal sealed class MinLengthKeyword : KeywordHandler
{
    private readonly long _limit;

    public MinLengthKeyword(SchemaNode owner, long limit)
        : base(owner, "minLength")
    {
        _limit = limit;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var raw = instance.Raw;
        if (raw.Length >= _limit * JsonText.MaxBytesPerCodePoint)
        {
            return true; // long enough however it is encoded
        }

        var length = JsonText.CountCodePoints(raw);
        if (length >= _limit)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, SchemaMessages.MinLength(_limit, length));
        }

        return false;
    }
}
