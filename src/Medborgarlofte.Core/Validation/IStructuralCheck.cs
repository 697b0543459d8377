using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Validation;

/// <summary>
/// THE SEAM for structural (JSON Schema) evaluation: called once per validation with the parsed
/// document, before the model is read, whatever the reader finds. It adds <c>ML2xxx</c> diagnostics.
/// The schema evaluator plugs in through <see cref="StructuralChecks.Default"/>.
/// </summary>
internal interface IStructuralCheck
{
    /// <summary>Checks the document's structure and adds a diagnostic per problem; must not throw.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="diagnostics">Where to add diagnostics.</param>
    void Check(Medborgarlofte.Json.Parsed.ParsedJson document, ICollection<Diagnostic> diagnostics);
}
