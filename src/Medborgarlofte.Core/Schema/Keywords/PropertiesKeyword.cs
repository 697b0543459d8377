using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>properties</c>: each property named here must satisfy its subschema. The instance is walked once and each
/// name is looked up in a precomputed UTF-8 table (see <see cref="Utf8NameTable"/>).
/// </summary>
internal sealed class PropertiesKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    public PropertiesKeyword(SchemaNode owner, Utf8NameTable names, SchemaNode[] subschemas)
        : base(owner, "properties")
    {
        Names = names;
        _subschemas = subschemas;
    }

    /// <summary>The property names, also used by <c>additionalProperties</c>.</summary>
    public Utf8NameTable Names { get; }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = 0;
        foreach (var property in instance.EnumerateObject())
        {
            var slot = Names.IndexOf(property);
            if (slot >= 0)
            {
                evaluated?.Mark(index);
                var subschema = _subschemas[slot];
                if (subschema.BooleanValue != true)
                {
                    bool ok;
                    if (subschema.IsFalse)
                    {
                        ok = false;
                        context.ReportAt(property, subschema, keyword: null, SchemaMessages.PropertyNotAllowed(property.Name));
                    }
                    else
                    {
                        context.PushProperty(property);
                        ok = subschema.Evaluate(property.Value, context, null);
                        context.PopInstance();
                    }

                    if (!ok)
                    {
                        valid = false;
                        if (!context.CollectErrors)
                        {
                            return false;
                        }
                    }
                }
            }

            index++;
        }

        return valid;
    }
}
