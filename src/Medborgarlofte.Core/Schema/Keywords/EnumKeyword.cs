using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>enum</c>: the instance must equal one of the values. String values are found through a UTF-8
/// table; other values are compared one by one.</summary>
internal sealed class EnumKeyword : KeywordHandler
{
    private readonly Utf8NameTable _strings;
    private readonly JsonElement[] _others;
    private readonly SchemaMessage _message;

    /// <summary>The allowed strings. Read by the schema code generator.</summary>
    internal Utf8NameTable Strings => _strings;

    /// <summary>The allowed values that are not strings. Read by the schema code generator.</summary>
    internal System.Collections.Generic.IReadOnlyList<JsonElement> OtherValues => _others;

    public EnumKeyword(SchemaNode owner, JsonElement values, Utf8NameTable strings, JsonElement[] others)
        : base(owner, "enum")
    {
        _message = SchemaMessages.Enum(Describe(values));
        _strings = strings;
        _others = others;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override int Order => 1;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (instance.Kind == JsonValueKind.String)
        {
            if (_strings.IndexOfRaw(instance.Raw) >= 0)
            {
                return true;
            }
        }
        else
        {
            foreach (var value in _others)
            {
                if (value.ValueKind == instance.Kind)
                {
                    if (JsonValueEquality.AreEqual(instance.Element, value))
                    {
                        return true;
                    }
                }
            }
        }

        if (context.CollectErrors)
        {
            Report(context, _message);
        }

        return false;
    }

    private static string Describe(JsonElement values)
    {
        var builder = new StringBuilder();
        foreach (var value in values.EnumerateArray())
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            builder.Append(value.GetRawText());
        }

        return builder.ToString();
    }
}
