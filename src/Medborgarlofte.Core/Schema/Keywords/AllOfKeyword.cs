using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>allOf</c>: every subschema must pass.</summary>
/// <remarks>
/// Annotations of a failing subschema are kept (not dropped as the specification does): the whole schema fails
/// anyway, so validity is unchanged, and it spares the user follow-on "property not allowed" errors from an
/// <c>unevaluatedProperties</c> next to it.
/// </remarks>
internal sealed class AllOfKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    /// <summary>The schemas every instance must meet, in order. Read by the schema code generator.</summary>
    internal System.Collections.Generic.IReadOnlyList<SchemaNode> Subschemas => _subschemas;

    public AllOfKeyword(SchemaNode owner, SchemaNode[] subschemas)
        : base(owner, "allOf")
    {
        _subschemas = subschemas;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        foreach (var subschema in _subschemas)
        {
            if (!subschema.Evaluate(instance, context, evaluated))
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
