using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>const</c>: the instance must equal the value (JSON equality: <c>1</c> equals <c>1.0</c>).</summary>
internal sealed class ConstKeyword : KeywordHandler
{
    private readonly JsonElement _value;
    private readonly byte[]? _utf8String;
    private readonly SchemaMessage _message;

    public ConstKeyword(SchemaNode owner, JsonElement value)
        : base(owner, "const")
    {
        _value = value;
        _message = SchemaMessages.Const(value.GetRawText());
        _utf8String = value.ValueKind == JsonValueKind.String ? System.Text.Encoding.UTF8.GetBytes(value.GetString()!) : null;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override int Order => 1;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var equal = _utf8String is not null
            ? instance.Kind == JsonValueKind.String && context.UnescapeUtf8(instance.Raw).SequenceEqual(_utf8String)
            : instance.Kind == _value.ValueKind && JsonValueEquality.AreEqual(instance.Element, _value);
        if (!equal && context.CollectErrors)
        {
            Report(context, _message);
        }

        return equal;
    }
}
