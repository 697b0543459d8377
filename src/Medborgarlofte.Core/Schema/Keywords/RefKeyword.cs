using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// <c>$ref</c>: evaluates the referenced schema in place. The target is resolved by the compiler after every
/// schema of the document has been compiled (references may point forwards and form cycles).
/// </summary>
internal sealed class RefKeyword : KeywordHandler
{
    public RefKeyword(SchemaNode owner, string reference)
        : base(owner, "$ref")
    {
        Reference = reference;
    }

    /// <summary>The reference as written.</summary>
    public string Reference { get; }

    /// <summary>The resolved schema; set once by the compiler.</summary>
    public SchemaNode? Target { get; set; }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var target = Target!;
        context.PushRef(Owner, target);
        var valid = target.Evaluate(instance, context, evaluated);
        context.PopRef();
        return valid;
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into)
    {
        if (Target is not null)
        {
            into.Add(Target);
        }
    }
}
