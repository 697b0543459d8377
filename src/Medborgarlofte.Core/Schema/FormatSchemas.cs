using System;
using System.Text;
using System.Text.Json;
#if !WITHOUT_COMPILED_SCHEMA_CHECKS
using Medborgarlofte.Schema.Compiled;
#endif

namespace Medborgarlofte.Schema;

/// <summary>
/// The format's schema compiled once per process: the agreement (the schema's root) and the
/// follow-up document (its embedded resource <see cref="FormatSchema.FollowUpId"/>).
/// </summary>
internal static class FormatSchemas
{
    private static readonly Lazy<JsonSchema> AgreementSchema = new(() => Compile(FormatSchema.Utf8Json.Span));

    // The follow-up part is reached through a wrapper that refers to its $id and embeds the whole schema.
    private static readonly Lazy<JsonSchema> FollowUpSchema = new(() => Compile(Wrapper(FormatSchema.FollowUpId)));

    internal static JsonSchema Agreement => AgreementSchema.Value;

    internal static JsonSchema FollowUp => FollowUpSchema.Value;

    /// <summary>
    /// Evaluates an agreement document with every error: the compiled check decides validity without loading the
    /// schema; only a document it refuses goes to the interpreter, which finds and locates every error.
    /// </summary>
    internal static SchemaEvaluationResult EvaluateAgreement(JsonElement document) =>
#if WITHOUT_COMPILED_SCHEMA_CHECKS
        Agreement.Evaluate(document);
#else
        PassesCompiled(document, AgreementSchemaCheck.IsValid) ? SchemaEvaluationResult.Success : Agreement.Evaluate(document);
#endif

    /// <summary>Evaluates a follow-up document with every error, as <see cref="EvaluateAgreement"/> does.</summary>
    internal static SchemaEvaluationResult EvaluateFollowUp(JsonElement document) =>
#if WITHOUT_COMPILED_SCHEMA_CHECKS
        FollowUp.Evaluate(document);
#else
        PassesCompiled(document, FollowUpSchemaCheck.IsValid) ? SchemaEvaluationResult.Success : FollowUp.Evaluate(document);
#endif

#if !WITHOUT_COMPILED_SCHEMA_CHECKS
    // Comments and trailing commas: the caller's document may have allowed them.
    private static readonly JsonReaderOptions CallersSyntax = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 4096 };

    /// <summary>
    /// Runs a generated check on a tape of the element's raw text. INTERMEDIATE (branch parsed-form): validation
    /// still parses a JsonDocument, so this parses the text a second time; once the reader reads the tape,
    /// validation passes its tape and this path is left to callers who hold only an element.
    /// A duplicate name (a caller's lenient document) is left to the interpreter.
    /// </summary>
    private static bool PassesCompiled(JsonElement document, Func<Medborgarlofte.Json.Parsed.TapeElement, bool> check)
    {
        if (document.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        try
        {
            using var tape = Medborgarlofte.Json.Parsed.JsonTape.Parse(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document).ToArray(), CallersSyntax);
            return check(tape.Root);
        }
        catch (JsonException)
        {
            return false;
        }
    }
#endif

    private static JsonSchema Compile(ReadOnlySpan<byte> utf8)
    {
        var loaded = JsonSchema.Load(utf8, FormatSchema.Id);
        return loaded.Schema ?? throw new InvalidOperationException("The embedded schema does not compile: " + string.Join("; ", loaded.Errors));
    }

    private static byte[] Wrapper(string id)
    {
        var text = new StringBuilder();
        text.Append("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"urn:medborgarlofte:wrapper\",\"$ref\":\"").Append(id).Append("\",\"$defs\":{\"format\":");
        text.Append(FormatSchema.Text);
        text.Append("}}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
