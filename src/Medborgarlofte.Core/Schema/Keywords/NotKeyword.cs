using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>not</c>: the subschema must fail. Its annotations are never kept (they come from a schema that
/// either failed, or passed and so made <c>not</c> fail).</summary>
internal sealed class NotKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;

    public NotKeyword(SchemaNode owner, SchemaNode subschema)
        : base(owner, "not")
    {
        _subschema = subschema;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.All;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var collect = context.CollectErrors;
        context.CollectErrors = false;
        var matched = _subschema.Evaluate(instance, context, null);
        context.CollectErrors = collect;
        if (matched)
        {
            Report(context, SchemaMessages.Not());
        }

        return !matched;
    }

    public override void AddInPlaceSubschemas(List<SchemaNode> into) => into.Add(_subschema);
}
