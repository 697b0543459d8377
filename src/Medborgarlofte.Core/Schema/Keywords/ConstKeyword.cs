using System;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>const</c>: the instance must equal the value (JSON equality: <c>1</c> equals <c>1.0</c>).</summary>
internal sealed class ConstKeyword : KeywordHandler
{
    private readonly JsonElement _value;
    private readonly byte[]? _utf8String;
    private readonly SchemaMessage _message;

    /// <summary>The required value. Read by the schema code generator.</summary>
    internal JsonElement Value => _value;

    /// <summary>The required string as unescaped UTF-8; null when the value is not a string. Read by the schema code generator.</summary>
    internal byte[]? Utf8String => _utf8String;

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
            ? instance.Kind == JsonValueKind.String && JsonText.Unescaped(instance.Raw).SequenceEqual(_utf8String)
            : instance.Kind == _value.ValueKind && JsonValueEquality.AreEqual(instance.Element, _value);
        if (!equal && context.CollectErrors)
        {
            Report(context, _message);
        }

        return equal;
    }
}
