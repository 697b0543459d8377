using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Diagnostics;

namespace Medborgarlofte.Validation;

/// <summary>Where the structural check the validator runs is chosen.</summary>
internal static class StructuralChecks
{
    /// <summary>
    /// Gets the structural check every validation runs. A no-op until the JSON Schema evaluator
    /// (schemas/medborgarlofte.schema.json, codes ML2xxx) is wired in here.
    /// </summary>
    internal static IStructuralCheck Default { get; } = new None();

    private sealed class None : IStructuralCheck
    {
        public void Check(JsonElement document, ICollection<Diagnostic> diagnostics)
        {
        }
    }
}
