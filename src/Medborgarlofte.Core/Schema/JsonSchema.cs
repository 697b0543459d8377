using System;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// A JSON Schema (draft 2020-12) compiled once into an evaluation tree and evaluated many times. Thread safe:
/// a compiled schema is immutable and each evaluation uses its own (per-thread cached) state.
/// </summary>
/// <remarks>
/// <para>Why our own evaluator: the library may only depend on the BCL and System.Text.Json, must be trim and
/// AOT compatible, and must report every error of a document in Swedish and English.</para>
/// <para>Supported: the core (without <c>$dynamicRef</c> and <c>$vocabulary</c>), applicator, unevaluated and
/// validation vocabularies, and <c>format</c> as an assertion for date, date-time, time, email, uri and uuid.
/// Nothing is ever fetched over a network; see docs/schema-evaluator.md.</para>
/// </remarks>
internal sealed class JsonSchema
{
    /// <summary>The base URI of a schema without <c>$id</c> (the reserved .invalid domain never resolves).</summary>
    public const string DefaultBaseUri = "https://medborgarlofte.invalid/schema";

    // Utf8JsonReader's default depth, which schema loading has always had.
    private const int MaxDepth = 64;

    private readonly SchemaNode _root;
    private readonly JsonElement _document;
    private readonly SchemaNode[] _nodes;

    internal JsonSchema(SchemaNode root, JsonElement document, SchemaNode[] nodes)
    {
        _root = root;
        _document = document;
        _nodes = nodes;
    }

    /// <summary>The schema document the schema was compiled from.</summary>
    public JsonElement Document => _document;

    /// <summary>The root node. Read by the schema code generator.</summary>
    internal SchemaNode Root => _root;

    /// <summary>Compiles a schema. The element is copied, so the caller may dispose its document.</summary>
    /// <param name="schema">The schema: an object or true/false.</param>
    /// <param name="baseUri">The absolute URI the schema is known by, if any; its <c>$id</c> is resolved against it.</param>
    public static SchemaLoadResult Load(JsonElement schema, string? baseUri = null)
    {
        if (schema.ValueKind == JsonValueKind.Undefined)
        {
            return Failed(SchemaMessages.SchemaNotObjectOrBoolean());
        }

        if (baseUri is not null && !UriReference.HasScheme(baseUri))
        {
            return Failed(SchemaMessages.KeywordMustBe("baseUri", "en absolut URI", "an absolute URI"));
        }

        return SchemaCompiler.Compile(schema.Clone(), UriReference.WithoutFragment(baseUri ?? DefaultBaseUri, out _));
    }

    /// <summary>Parses and compiles a schema from UTF-8 JSON; invalid JSON is a load error, not an exception.</summary>
    public static SchemaLoadResult Load(ReadOnlySpan<byte> utf8Json, string? baseUri = null)
    {
        // The grammar is checked first, without throwing: the reader below reports malformed JSON only by throwing.
        if (Json.JsonSyntax.TryFindError(utf8Json, MaxDepth, out var syntax))
        {
            return Failed(SchemaMessages.InvalidJsonAt(syntax.Line, syntax.Column, syntax.Reason(utf8Json)));
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
        JsonElement element;
        try
        {
            element = JsonElement.ParseValue(ref reader);
            if (reader.Read())
            {
                return Failed(SchemaMessages.InvalidJson("text efter JSON-värdet / text after the JSON value"));
            }
        }
        catch (JsonException ex)
        {
            // Not reached when JsonSyntax and the reader agree (JsonSyntaxTests hold them to it).
            return Failed(SchemaMessages.InvalidJson(ex.Message));
        }

        return Load(element, baseUri);
    }

    /// <summary>Parses and compiles a schema from JSON text.</summary>
    public static SchemaLoadResult Load(string json, string? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json), baseUri);
    }

    /// <summary>
    /// Evaluates a document and returns every error in one pass. Never throws; a valid document allocates
    /// nothing (the result is a shared instance).
    /// </summary>
    public SchemaEvaluationResult Evaluate(JsonElement instance)
    {
        if (instance.ValueKind == JsonValueKind.Undefined)
        {
            return new SchemaEvaluationResult([new SchemaEvaluationError(string.Empty, string.Empty, _root.AbsoluteLocation, string.Empty, SchemaMessages.NoDocument())]);
        }

        var context = EvaluationContext.Rent(_root, _nodes, instance, collectErrors: true);
        try
        {
            var valid = _root.Evaluate(instance, context, null);
            var errors = context.TakeErrors();
            if (errors is { Count: > 0 })
            {
                return new SchemaEvaluationResult(errors);
            }

            return valid ? SchemaEvaluationResult.Success : new SchemaEvaluationResult([new SchemaEvaluationError(string.Empty, string.Empty, _root.AbsoluteLocation, string.Empty, SchemaMessages.FalseSchema())]);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }

    /// <summary>True when the document is valid; stops at the first error (faster than <see cref="Evaluate"/>).</summary>
    public bool IsValid(JsonElement instance)
    {
        if (instance.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        var context = EvaluationContext.Rent(_root, _nodes, instance, collectErrors: false);
        try
        {
            return _root.Evaluate(instance, context, null);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }

    private static SchemaLoadResult Failed(SchemaMessage message) => new(null, [new SchemaLoadError(string.Empty, message)]);
}
