using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>type</c>: the instance must be of one of the listed types; an integer is a number with no
/// fractional part, so <c>1.0</c> is an integer.</summary>
internal sealed class TypeKeyword : KeywordHandler
{
    private readonly InstanceKinds _kinds;
    private readonly bool _integer;
    private readonly SchemaMessage[] _messages; // by JsonValueKind of the actual value

    /// <summary>The allowed kinds. Read by the schema code generator.</summary>
    internal InstanceKinds Kinds => _kinds;

    /// <summary>True when "integer" is listed: a number with no fraction passes even if "number" is not. Read by the schema code generator.</summary>
    internal bool AllowsInteger => _integer;

    public TypeKeyword(SchemaNode owner, InstanceKinds kinds, bool integer, IReadOnlyList<string> names)
        : base(owner, "type")
    {
        _kinds = kinds;
        _integer = integer;
        _messages = new SchemaMessage[8];
        for (var kind = JsonValueKind.Object; kind <= JsonValueKind.Null; kind++)
        {
            _messages[(int)kind] = SchemaMessages.Type(names, TypeName(kind));
        }
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override int Order => 0;

    public override bool AlwaysPasses(JsonValueKind kind) => (ToKind(kind) & _kinds) != InstanceKinds.None;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var kind = ToKind(instance.Kind);
        if ((kind & _kinds) != InstanceKinds.None || (kind == InstanceKinds.Number && _integer && SchemaNumber.IsInteger(instance.Raw)))
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, _messages[(int)instance.Kind]);
        }

        return false;
    }

    private static InstanceKinds ToKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => InstanceKinds.Object,
        JsonValueKind.Array => InstanceKinds.Array,
        JsonValueKind.String => InstanceKinds.String,
        JsonValueKind.Number => InstanceKinds.Number,
        JsonValueKind.True or JsonValueKind.False => InstanceKinds.Boolean,
        JsonValueKind.Null => InstanceKinds.Null,
        _ => InstanceKinds.None,
    };

    private static string TypeName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
