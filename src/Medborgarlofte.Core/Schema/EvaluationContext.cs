using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// The mutable state of one evaluation: the current instance location, the <c>$ref</c> hops taken, the errors
/// found and a pool of <see cref="EvaluatedSet"/>. One context is cached per thread and reused, so evaluating a
/// valid document allocates nothing.
/// </summary>
/// <remarks>
/// Locations are kept as stacks of cheap segments (the position of a property or item within its parent, a
/// pair of nodes per <c>$ref</c>) and only turned into JSON Pointer strings when an error is reported: then
/// the property names are read again by walking down from the document root. Positions are plain integers, so
/// pushing one writes no object reference (no GC write barrier) on the hot path.
/// </remarks>
internal sealed class EvaluationContext
{
    /// <summary>Maximum nesting of schema evaluations before evaluation stops with an error instead of
    /// overflowing the stack (infinite <c>$ref</c> loops are already refused when the schema is loaded).</summary>
    public const int MaxDepth = 512;

    [ThreadStatic]
    private static EvaluationContext? _cached;

    private int[] _instancePath = new int[16];
    private int _instanceDepth;
    private int[] _refFrames = new int[16]; // pairs of node ids: the $ref's schema, its target
    private int _refDepth;
    private EvaluatedSet[] _setPool = new EvaluatedSet[4];
    private int _setPoolCount;
    private int _depth;
    private SchemaNode? _root;
    private SchemaNode[] _nodes = [];
    private JsonElement _rootInstance;
    private readonly StringBuilder _builder = new(64);
    private List<SchemaEvaluationError>? _errors;

    /// <summary>True when errors are wanted; false while probing (inside not, if, anyOf...) or for a plain yes/no.</summary>
    public bool CollectErrors { get; set; }

    /// <summary>Takes this thread's cached context, or a new one when it is in use.</summary>
    public static EvaluationContext Rent(SchemaNode root, SchemaNode[] nodes, JsonElement rootInstance, bool collectErrors)
    {
        var context = _cached ?? new EvaluationContext();
        _cached = null;
        context._root = root;
        context._nodes = nodes;
        context._rootInstance = rootInstance;
        context.CollectErrors = collectErrors;
        return context;
    }

    /// <summary>Clears the context and caches it for this thread's next evaluation.</summary>
    public static void Return(EvaluationContext context)
    {
        context._instanceDepth = 0;
        context._refDepth = 0;
        context._depth = 0;
        context._root = null;
        context._nodes = [];
        context._rootInstance = default;
        context._errors = null;
        _cached = context;
    }

    /// <summary>Takes the errors found so far (the context forgets them).</summary>
    public List<SchemaEvaluationError>? TakeErrors()
    {
        var errors = _errors;
        _errors = null;
        return errors;
    }

    /// <summary>Enters a schema object; false (with an error) past <see cref="MaxDepth"/>.</summary>
    public bool TryEnter(SchemaNode node)
    {
        if (++_depth <= MaxDepth)
        {
            return true;
        }

        _depth--;
        if (CollectErrors)
        {
            Report(node, keyword: null, SchemaMessages.TooDeep(MaxDepth));
        }

        return false;
    }

    /// <summary>Leaves a schema object.</summary>
    public void Exit() => _depth--;

    /// <summary>Descends into the property at <paramref name="position"/> of an object, or the item at that index of an array.</summary>
    public void Push(int position)
    {
        if (_instanceDepth == _instancePath.Length)
        {
            Array.Resize(ref _instancePath, _instancePath.Length * 2);
        }

        _instancePath[_instanceDepth++] = position;
    }

    /// <summary>Returns from a property value or array item.</summary>
    public void PopInstance() => _instanceDepth--;

    /// <summary>Follows a <c>$ref</c> from <paramref name="owner"/> to <paramref name="target"/>.</summary>
    public void PushRef(SchemaNode owner, SchemaNode target)
    {
        var at = _refDepth * 2;
        if (at == _refFrames.Length)
        {
            Array.Resize(ref _refFrames, _refFrames.Length * 2);
        }

        _refFrames[at] = owner.Id;
        _refFrames[at + 1] = target.Id;
        _refDepth++;
    }

    /// <summary>Returns from a <c>$ref</c>.</summary>
    public void PopRef() => _refDepth--;

    /// <summary>Takes a cleared annotation set for an instance with <paramref name="count"/> children.</summary>
    public EvaluatedSet RentSet(int count)
    {
        var set = _setPoolCount > 0 ? _setPool[--_setPoolCount] : new EvaluatedSet();
        set.Reset(count);
        return set;
    }

    /// <summary>Gives an annotation set back to the pool.</summary>
    public void ReturnSet(EvaluatedSet set)
    {
        if (_setPoolCount == _setPool.Length)
        {
            Array.Resize(ref _setPool, _setPool.Length * 2);
        }

        _setPool[_setPoolCount++] = set;
    }

    /// <summary>
    /// Records an error of <paramref name="keyword"/> of <paramref name="node"/> at the current instance location.
    /// With a null keyword the error belongs to the node itself (a false schema): its location is the node's and
    /// its keyword the one the node sits under (e.g. "properties").
    /// </summary>
    public void Report(SchemaNode node, string? keyword, SchemaMessage message)
    {
        if (!CollectErrors)
        {
            return;
        }

        var keywordLocation = BuildKeywordLocation(node, keyword);
        var absolute = keyword is null ? node.AbsoluteLocation : node.AbsoluteKeywordLocation(keyword);
        _errors ??= new List<SchemaEvaluationError>(8);
        _errors.Add(new SchemaEvaluationError(BuildInstanceLocation(), keywordLocation, absolute, keyword ?? node.ParentKeyword, message));
    }

    /// <summary>Like <see cref="Report"/>, one level below the current instance location.</summary>
    public void ReportAt(int position, SchemaNode node, string? keyword, SchemaMessage message)
    {
        Push(position);
        Report(node, keyword, message);
        PopInstance();
    }

    private string BuildInstanceLocation()
    {
        if (_instanceDepth == 0)
        {
            return string.Empty;
        }

        var builder = _builder.Clear();
        var current = _rootInstance;
        for (var i = 0; i < _instanceDepth; i++)
        {
            var position = _instancePath[i];
            if (current.ValueKind == JsonValueKind.Array)
            {
                builder.Append('/').Append(position.ToString(CultureInfo.InvariantCulture));
                current = current[position];
                continue;
            }

            var seen = 0;
            foreach (var property in current.EnumerateObject())
            {
                if (seen++ == position)
                {
                    JsonPointerText.AppendToken(builder, property.Name);
                    current = property.Value;
                    break;
                }
            }
        }

        return builder.ToString();
    }

    // The evaluation path: from the root to each $ref, then from each $ref's target onwards.
    private string BuildKeywordLocation(SchemaNode node, string? keyword)
    {
        var builder = _builder.Clear();
        var from = _root!;
        for (var i = 0; i < _refDepth; i++)
        {
            AppendRelative(builder, _nodes[_refFrames[2 * i]], from);
            builder.Append("/$ref");
            from = _nodes[_refFrames[(2 * i) + 1]];
        }

        AppendRelative(builder, node, from);
        if (keyword is not null)
        {
            JsonPointerText.AppendToken(builder, keyword);
        }

        return builder.ToString();
    }

    private static void AppendRelative(StringBuilder builder, SchemaNode node, SchemaNode from)
    {
        // A node reached from `from` without a $ref lies below it in the document.
        var pointer = node.DocumentPointer;
        var prefix = from.DocumentPointer;
        if (pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            builder.Append(pointer, prefix.Length, pointer.Length - prefix.Length);
        }
        else
        {
            builder.Append(pointer);
        }
    }

}
