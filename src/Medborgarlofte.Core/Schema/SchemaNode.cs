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
    private readonly bool _isBoolean;
    private readonly bool _isFalse;
    private RefKeyword? _pureRef;
    private KeywordLocation[] _absoluteCache = [];
    private bool _tracksProperties;
    private bool _tracksItems;

    internal SchemaNode(int id, string documentPointer, string absoluteLocation, string parentKeyword, bool? booleanValue)
    {
        Id = id;
        DocumentPointer = documentPointer;
        ParentKeyword = parentKeyword;
        AbsoluteLocation = absoluteLocation;
        BooleanValue = booleanValue;
        _isBoolean = booleanValue is not null;
        _isFalse = booleanValue == false;
        Array.Fill(_handlersByKind, NoHandlers);
        AlwaysPasses = booleanValue != false;
    }

    /// <summary>Position in <see cref="JsonSchema"/>'s node table (lets the context record <c>$ref</c> hops as integers).</summary>
    public int Id { get; }

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
    public bool IsFalse => _isFalse;

    /// <summary>True for the <c>true</c> schema and for schemas without assertions for any kind (e.g. <c>{}</c>):
    /// evaluating them can be skipped.</summary>
    public bool AlwaysPasses { get; private set; }

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

        AlwaysPasses = handlers.Count == 0;
        _pureRef = handlers.Count == 1 ? handlers[0] as RefKeyword : null;
        foreach (var handler in handlers)
        {
            _tracksProperties |= handler is UnevaluatedPropertiesKeyword;
            _tracksItems |= handler is UnevaluatedItemsKeyword;
        }
    }

    /// <summary>Evaluates a value reached through a property or an item.</summary>
    /// <summary>The node's <c>$ref</c> when that is its only keyword. Read by the schema code generator.</summary>
    internal RefKeyword? PureRef => _pureRef;

    /// <summary>The keywords that can fail for an instance of this kind, in evaluation order. Read by the schema code generator.</summary>
    internal IReadOnlyList<KeywordHandler> HandlersFor(JsonValueKind kind) => _handlersByKind[(int)kind];

    public bool Evaluate(JsonElement element, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_isBoolean)
        {
            return EvaluateBoolean(context);
        }

        // A schema that is only a $ref (typical for "items" and "properties" values) goes straight to the
        // target; the hop is still recorded for the keyword location.
        if (_pureRef is { } reference)
        {
            var target = reference.Target!;
            context.PushRef(this, target);
            var ok = target.Evaluate(element, context, evaluated);
            context.PopRef();
            return ok;
        }

        // Read the kind first: a value with no keywords for its kind is done without fetching its text.
        var kind = element.ValueKind;
        if (_handlersByKind[(int)kind].Length == 0)
        {
            return true;
        }

        var instance = new InstanceValue(element, kind);
        return Evaluate(in instance, context, evaluated);
    }

    /// <summary>
    /// Evaluates the instance. <paramref name="evaluated"/> is the annotation set of an unevaluated keyword
    /// above at the same instance, or null when nobody needs it.
    /// </summary>
    public bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        if (_isBoolean)
        {
            return EvaluateBoolean(context);
        }

        var kind = instance.Kind;
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
            own = context.RentSet(kind == JsonValueKind.Object ? instance.Element.GetPropertyCount() : instance.Element.GetArrayLength());
        }

        var target = own ?? evaluated;
        var valid = true;
        foreach (var handler in handlers)
        {
            if (!handler.Evaluate(in instance, context, target))
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

    /// <summary>
    /// The absolute location of one of this schema's keywords, built on first use and then reused, so an
    /// error costs no string work for it. Lock-free: a race only builds the same string twice.
    /// </summary>
    public string AbsoluteKeywordLocation(string keyword)
    {
        var cache = _absoluteCache;
        foreach (var entry in cache)
        {
            if (string.Equals(entry.Keyword, keyword, StringComparison.Ordinal))
            {
                return entry.Location;
            }
        }

        var escaped = keyword.AsSpan().IndexOfAny('~', '/') < 0
            ? keyword
            : keyword.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        var location = string.Concat(AbsoluteLocation, "/", JsonPointerText.ToUriFragment(escaped));
        var grown = new KeywordLocation[cache.Length + 1];
        cache.CopyTo(grown, 0);
        grown[^1] = new KeywordLocation(keyword, location);
        _absoluteCache = grown;
        return location;
    }

    /// <inheritdoc />
    public override string ToString() => DocumentPointer.Length == 0 ? "#" : "#" + DocumentPointer;

    private bool EvaluateBoolean(EvaluationContext context)
    {
        if (_isFalse && context.CollectErrors)
        {
            context.Report(this, keyword: null, SchemaMessages.FalseSchema());
        }

        return !_isFalse;
    }

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

    private readonly record struct KeywordLocation(string Keyword, string Location);
}
