using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Schema;

namespace Medborgarlofte.Tests.Support;

/// <summary>Checks a JSON value against a schema with the library's own 2020-12 evaluator.</summary>
internal static class LibrarySchema
{
    internal static List<string> Check(JsonElement schema, JsonElement instance)
    {
        var loaded = JsonSchema.Load(schema);
        Xunit.Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        return [.. loaded.Schema!.Evaluate(instance).Errors.Select(e => e.ToString())];
    }
}
