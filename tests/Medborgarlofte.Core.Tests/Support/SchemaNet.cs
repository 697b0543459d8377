using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using global::Json.Schema;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// JsonSchema.Net 8.0.5, an independent JSON Schema 2020-12 validator run in process: the second oracle
/// of the differential test (Ajv is the first). It is a test dependency only, pinned exactly (9 and newer
/// charge companies a fee); formats are assertions, as the published schema intends.
/// </summary>
internal static class SchemaNet
{
    private static readonly Lazy<(JsonSchema Agreement, JsonSchema FollowUp)> Schemas = new(Load);


    /// <summary>Evaluates an agreement against the schema's root.</summary>
    internal static SchemaNetVerdict Agreement(JsonElement document) => Evaluate(Schemas.Value.Agreement, document);

    /// <summary>Evaluates a follow-up document against the schema's follow-up part.</summary>
    internal static SchemaNetVerdict FollowUp(JsonElement document) => Evaluate(Schemas.Value.FollowUp, document);

    private static SchemaNetVerdict Evaluate(JsonSchema schema, JsonElement document)
    {
        EvaluationResults results;
        try
        {
            // Options per call: evaluations run in parallel, and the options object is not documented as thread-safe.
            results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        }
#pragma warning disable CA1031 // The oracle's own failure is a verdict the test names, not a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SchemaNetVerdict(false, [], e);
        }

        var errors = new List<SchemaNetError>();
        Collect(results, errors);
        return new SchemaNetVerdict(results.IsValid, errors, null);
    }

    /// <summary>
    /// The errors that make the document invalid: only under failing nodes, and not inside the branches
    /// of <c>if</c>, <c>oneOf</c>, <c>anyOf</c> or <c>not</c>, whose failure is no rejection by itself (the
    /// keyword's own error, on the node that holds it, is).
    /// </summary>
    private static void Collect(EvaluationResults node, List<SchemaNetError> errors)
    {
        if (node.IsValid || IsBranch(node.EvaluationPath.ToString()))
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaNetError(node.InstanceLocation.ToString(), keyword, node.EvaluationPath.ToString(), message));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    private static bool IsBranch(string evaluationPath)
    {
        var last = evaluationPath.LastIndexOf('/');
        if (last < 0)
        {
            return false;
        }

        var tail = evaluationPath[(last + 1)..];
        if (tail is "if" or "not")
        {
            return true;
        }

        var previous = last == 0 ? -1 : evaluationPath.LastIndexOf('/', last - 1);
        return previous >= 0 && evaluationPath[(previous + 1)..last] is "oneOf" or "anyOf" && int.TryParse(tail, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    private static (JsonSchema Agreement, JsonSchema FollowUp) Load()
    {
        // One registry per load: the root registers the follow-up part's embedded $id, which the
        // wrapper refers to, as docs/schema.md tells any 2020-12 validator to do.
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var agreement = JsonSchema.FromText(File.ReadAllText(Repository.PathOf(Ajv.SchemaPath)), build);
        var followUp = JsonSchema.FromText("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"urn:medborgarlofte:followup:1.1\"}", build, new Uri("urn:medborgarlofte:test:followup-wrapper"));
        return (agreement, followUp);
    }
}

/// <summary>JsonSchema.Net's verdict on one document.</summary>
/// <param name="Valid">Whether the document is valid.</param>
/// <param name="Errors">Every failing keyword.</param>
/// <param name="Threw">The exception the evaluator threw, if it did (a known fault, named by the test).</param>
internal sealed record SchemaNetVerdict(bool Valid, IReadOnlyList<SchemaNetError> Errors, Exception? Threw);

/// <summary>One failing keyword as JsonSchema.Net reports it.</summary>
/// <param name="InstanceLocation">The pointer of the value.</param>
/// <param name="Keyword">The keyword (or <c>""</c> for a <c>false</c> schema).</param>
/// <param name="EvaluationPath">Where in the schema.</param>
/// <param name="Message">JsonSchema.Net's message.</param>
internal sealed record SchemaNetError(string InstanceLocation, string Keyword, string EvaluationPath, string Message)
{
    public override string ToString() => $"{InstanceLocation} {Keyword} ({EvaluationPath}): {Message}";
}
