using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// One compiled schema (an object or a boolean) at one location of the schema document: the keyword handlers
/// to run for each kind of instance, and the locations used in error output.
/// </summary>
internal sealed class SchemaNode
{
    private static readonly KeywordHandler[] NoHandlers = [];

    // Indexed by JsonValueKind (Undefined..Null); each array is in evaluation order.
    private readonly KeywordHandler[][] _handlersByKind = new KeywordHandler[8][];
    private bool _tracksProperties;
    private bool _tracksItems;

    internal SchemaNode(string documentPointer, string absoluteLocation, string parentKeyword, bool? booleanValue)
    {
        DocumentPointer = documentPointer;
        ParentKeyword = parentKeyword;
        AbsoluteLocation = absoluteLocation;
        BooleanValue = booleanValue;
        Array.Fill(_handlersByKind, NoHandlers);
    }

    /// <summary>RFC 6901 pointer from the root of the schema document, e.g. "/properties/title".</summary>
    public string DocumentPointer { get; }

    /// <summary>The resource's base URI, "#" and the (URI-encoded) pointer within that resource.</summary>
    public string AbsoluteLocation { get; }

    /// <summary>The keyword this schema is a value of ("properties", "allOf", ...; empty for the root), reported as the
    /// keyword of a false schema's error.</summary>
    public string ParentKeyword { get; }

    /// <summary><c>true</c> or <c>false</c> for a boolean schema; null for a schema object.</summary>
    public bool? BooleanValue { get; }

    /// <summary>True for the <c>false</c> schema, which keywords use to give a specific message.</summary>
    public bool IsFalse => BooleanValue == false;

    /// <summary>All handlers, in evaluation order (set by the compiler).</summary>
    internal IReadOnlyList<KeywordHandler> Handlers { get; private set; } = NoHandlers;

    /// <summary>Installs the handlers; called once by the compiler after they are built.</summary>
    internal void SetHandlers(List<KeywordHandler> handlers)
    {
        handlers.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        Handlers = handlers.ToArray();
        Span<JsonValueKind> kinds =
        [
            JsonValueKind.Object, JsonValueKind.Array, JsonValueKind.String, JsonValueKind.Number,
            JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null,
        ];
        foreach (var kind in kinds)
        {
            var mask = ToMask(kind);
            var list = new List<KeywordHandler>();
            foreach (var handler in handlers)
            {
                if ((handler.AppliesTo & mask) != InstanceKinds.None && !handler.AlwaysPasses(kind))
                {
                    list.Add(handler);
                }
            }

            _handlersByKind[(int)kind] = list.Count == 0 ? NoHandlers : list.ToArray();
        }

        foreach (var handler in handlers)
        {
            _tracksProperties |= handler is UnevaluatedPropertiesKeyword;
            _tracksItems |= handler is UnevaluatedItemsKeyword;
        }
    }

    /// <summary>
    /// Evaluates the instance. <paramref name="evaluated"/> is the annotation set of an unevaluated keyword
    /// above at the same instance, or null when nobody needs it.
    /// </summary>
    public bool Evaluate(JsonElement instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (BooleanValue is { } value)
        {
            if (!value && context.CollectErrors)
            {
                context.Report(this, keyword: null, SchemaMessages.FalseSchema());
            }

            return value;
        }

        var kind = instance.ValueKind;
        var handlers = _handlersByKind[(int)kind];
        if (handlers.Length == 0)
        {
            return true;
        }

        if (!context.TryEnter(this))
        {
            return false;
        }

        // A schema with an unevaluated keyword collects its own annotations; the parent, if it also tracks,
        // then sees every child as evaluated (the unevaluated keyword evaluated the rest).
        EvaluatedSet? own = null;
        if ((_tracksProperties && kind == JsonValueKind.Object) || (_tracksItems && kind == JsonValueKind.Array))
        {
            own = context.RentSet(kind == JsonValueKind.Object ? instance.GetPropertyCount() : instance.GetArrayLength());
        }

        var target = own ?? evaluated;
        var valid = true;
        foreach (var handler in handlers)
        {
            if (!handler.Evaluate(instance, context, target))
            {
                valid = false;
                if (!context.CollectErrors)
                {
                    break;
                }
            }
        }

        if (own is not null)
        {
            context.ReturnSet(own);
            evaluated?.MarkAll();
        }

        context.Exit();
        return valid;
    }

    /// <inheritdoc />
    public override string ToString() => DocumentPointer.Length == 0 ? "#" : "#" + DocumentPointer;

    private static InstanceKinds ToMask(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => InstanceKinds.Object,
        JsonValueKind.Array => InstanceKinds.Array,
        JsonValueKind.String => InstanceKinds.String,
        JsonValueKind.Number => InstanceKinds.Number,
        JsonValueKind.True or JsonValueKind.False => InstanceKinds.Boolean,
        JsonValueKind.Null => InstanceKinds.Null,
        _ => InstanceKinds.None,
    };
}
