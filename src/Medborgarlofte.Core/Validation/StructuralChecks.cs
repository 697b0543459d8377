using System;
using System.Collections.Generic;
using System.Text.Json;
using Medborgarlofte.Schema;

namespace Medborgarlofte.Validation;

/// <summary>Where the structural check the validator runs is chosen.</summary>
internal static class StructuralChecks
{
    /// <summary>Gets the check every validation of an agreement runs: the format's JSON Schema.</summary>
    internal static IStructuralCheck Default { get; } = new SchemaCheck(FormatSchemas.EvaluateAgreement);

    /// <summary>Gets the check of a follow-up document: the schema's follow-up part.</summary>
    internal static IStructuralCheck FollowUp { get; } = new SchemaCheck(FormatSchemas.EvaluateFollowUp);

    /// <summary>
    /// Evaluates the schema and adds an <c>ML2xxx</c> diagnostic per error. The strict reader has
    /// already spoken: where it reported an error at the same pointer, its more specific message
    /// stands and the schema's is left out, so one problem is not reported twice.
    /// </summary>
    private sealed class SchemaCheck(Func<Medborgarlofte.Json.Parsed.ParsedJson, SchemaEvaluationResult> evaluate) : IStructuralCheck
    {
        public void Check(Medborgarlofte.Json.Parsed.ParsedJson document, ICollection<Diagnostic> diagnostics)
        {
            var result = evaluate(document);
            if (result.IsValid)
            {
                return;
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    reported.Add(diagnostic.Pointer);
                }
            }

            foreach (var error in result.Errors)
            {
                if (reported.Contains(error.InstanceLocation))
                {
                    continue;
                }

                var descriptor = SchemaDiagnosticCodes.ForKeyword(error.Keyword);
                diagnostics.Add(new Diagnostic(
                    descriptor.Code,
                    descriptor.DefaultSeverity,
                    error.InstanceLocation,
                    new LocalizedText(error.Message.Swedish, error.Message.English),
                    new LocalizedText("Schemats regel: " + error.AbsoluteKeywordLocation, "The schema's rule: " + error.AbsoluteKeywordLocation)));
            }
        }
    }
}
