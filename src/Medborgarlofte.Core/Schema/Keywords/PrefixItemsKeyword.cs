using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>prefixItems</c>: item i must satisfy subschema i, for the items the array has.</summary>
internal sealed class PrefixItemsKeyword : KeywordHandler
{
    private readonly SchemaNode[] _subschemas;

    public PrefixItemsKeyword(SchemaNode owner, SchemaNode[] subschemas)
        : base(owner, "prefixItems")
    {
        _subschemas = subschemas;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = 0;
        foreach (var item in instance.Element.EnumerateArray())
        {
            if (index >= _subschemas.Length)
            {
                break;
            }

            evaluated?.Mark(index);
            context.Push(index);
            var ok = _subschemas[index].Evaluate(item, context, null);
            context.PopInstance();
            if (!ok)
            {
                valid = false;
                if (!context.CollectErrors)
                {
                    return false;
                }
            }

            index++;
        }

        return valid;
    }
}
