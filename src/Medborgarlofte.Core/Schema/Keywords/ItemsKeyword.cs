using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>items</c>: every item after those covered by <c>prefixItems</c> must satisfy the subschema.</summary>
internal sealed class ItemsKeyword : KeywordHandler
{
    private readonly SchemaNode _subschema;
    private readonly int _start;

    /// <summary>The schema the items from <see cref="Start"/> on must meet. Read by the schema code generator.</summary>
    internal SchemaNode Subschema => _subschema;

    /// <summary>The first item it applies to (the count of prefixItems). Read by the schema code generator.</summary>
    internal int Start => _start;

    public ItemsKeyword(SchemaNode owner, SchemaNode subschema, int prefixItemsCount)
        : base(owner, "items")
    {
        _subschema = subschema;
        _start = prefixItemsCount;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        var index = 0;
        foreach (var item in instance.Element.EnumerateArray())
        {
            if (index < _start)
            {
                index++;
                continue;
            }

            evaluated?.Mark(index);
            bool ok;
            if (_subschema.IsFalse)
            {
                ok = false;
                context.ReportAt(index, Owner, Keyword, SchemaMessages.ItemNotAllowed(index));
            }
            else
            {
                context.Push(index);
                ok = _subschema.Evaluate(item, context, null);
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

            index++;
        }

        return valid;
    }
}
