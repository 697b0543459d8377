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
    /// Evaluates a parsed agreement with every error: the generated check reads the tape; only a document it refuses
    /// is parsed as a <see cref="JsonDocument"/> for the interpreter, which finds and locates every error.
    /// </summary>
    internal static SchemaEvaluationResult EvaluateAgreement(Medborgarlofte.Json.Parsed.ParsedJson document) =>
#if WITHOUT_COMPILED_SCHEMA_CHECKS
        Agreement.Evaluate(document.Document.RootElement);
#else
        AgreementSchemaCheck.IsValid(document.Root) ? SchemaEvaluationResult.Success : Agreement.Evaluate(document.Document.RootElement);
#endif

    /// <summary>Evaluates a parsed follow-up document with every error, as the agreement's overload does.</summary>
    internal static SchemaEvaluationResult EvaluateFollowUp(Medborgarlofte.Json.Parsed.ParsedJson document) =>
#if WITHOUT_COMPILED_SCHEMA_CHECKS
        FollowUp.Evaluate(document.Document.RootElement);
#else
        FollowUpSchemaCheck.IsValid(document.Root) ? SchemaEvaluationResult.Success : FollowUp.Evaluate(document.Document.RootElement);
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
