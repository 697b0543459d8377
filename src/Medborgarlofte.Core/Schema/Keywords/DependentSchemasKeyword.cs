using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>dependentSchemas</c>: when the object has property N, it must also satisfy the schema for N.</summary>
internal sealed class DependentSchemasKeyword : KeywordHandler
{
    private readonly Utf8NameTable _names;
    private readonly SchemaNode[] _subschemas;

    public DependentSchemasKeyword(SchemaNode owner, Utf8NameTable names, SchemaNode[] subschemas)
        : base(owner, "dependentSchemas")
    {
        _names = names;
        _subschemas = subschemas;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        for (var i = 0; i < _subschemas.Length; i++)
        {
            if (instance.Element.TryGetProperty(_names.Utf8(i), out _) && !_subschemas[i].Evaluate(instance, context, evaluated))
            {
                valid = false;
                if (!context.CollectErrors)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into) => into.AddRange(_subschemas);
}
