using System;
using System.Buffers;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>propertyNames</c>: every property name, as a JSON string, must satisfy the subschema. One error per
/// rejected name is reported at the object, naming the property.
/// </summary>
/// <remarks>
/// The subschema evaluates JSON values, so each name is wrapped in a small JSON document (its raw bytes in
/// quotes); this is the one keyword that allocates per value on the success path.
/// </remarks>
internal sealed class PropertyNamesKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;

    public PropertyNamesKeyword(SchemaNode owner, SchemaNode subschema)
        : base(owner, "propertyNames")
    {
        _subschema = subschema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_subschema.AlwaysPasses)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.Element.EnumerateObject())
        {
            if (IsAccepted(property, context))
            {
                continue;
            }

            valid = false;
            if (!context.CollectErrors)
            {
                return false;
            }

            Report(context, SchemaMessages.PropertyName(property.Name));
        }

        return valid;
    }

    private bool IsAccepted(JsonProperty property, EvaluationContext context)
    {
        if (_subschema.IsFalse)
        {
            return false;
        }

        var raw = JsonText.RawName(property);
        var buffer = ArrayPool<byte>.Shared.Rent(raw.Length + 2);
        try
        {
            buffer[0] = (byte)'"';
            raw.CopyTo(buffer.AsSpan(1));
            buffer[raw.Length + 1] = (byte)'"';
            using var name = JsonDocument.Parse(buffer.AsMemory(0, raw.Length + 2));
            var collect = context.CollectErrors;
            context.CollectErrors = false;
            var ok = _subschema.Evaluate(name.RootElement, context, null);
            context.CollectErrors = collect;
            return ok;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
