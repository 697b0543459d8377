using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using global::Json.Schema;

namespace Medborgarlofte.Tests.Support;

/// <summary>Checks a JSON value against a schema (the validation report's) with JsonSchema.Net, the tests' in-process validator.</summary>
internal static class SchemaCheck
{
    internal static List<string> Check(JsonElement schema, JsonElement instance)
    {
        var loaded = JsonSchema.FromText(schema.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var results = loaded.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        List<string> errors = [.. new[] { results }.Concat(results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))];
        return errors.Count == 0 ? ["invalid"] : errors;
    }
}
