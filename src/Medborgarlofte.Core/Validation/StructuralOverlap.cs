using System;
using System.Collections.Generic;

namespace Medborgarlofte.Validation;

/// <summary>
/// One problem, one diagnostic: where a rule (or the reader) reports an error with its own, more
/// specific message, the schema's error at the same value is left out. A <c>propertyNames</c>
/// error sits on the object while the rule names the key itself, one level deeper.
/// </summary>
internal static class StructuralOverlap
{
    internal static void Remove(List<Diagnostic> diagnostics)
    {
        HashSet<string>? specific = null;
        HashSet<string>? parents = null;
        var anyStructural = false;
        foreach (var d in diagnostics)
        {
            if (IsStructural(d))
            {
                anyStructural = true;
            }
            else if (d.Severity == DiagnosticSeverity.Error)
            {
                (specific ??= new HashSet<string>(StringComparer.Ordinal)).Add(d.Pointer);
                var slash = d.Pointer.LastIndexOf('/');
                if (slash >= 0)
                {
                    (parents ??= new HashSet<string>(StringComparer.Ordinal)).Add(d.Pointer[..slash]);
                }
            }
        }

        if (!anyStructural || specific is null)
        {
            return;
        }

        diagnostics.RemoveAll(d => IsStructural(d)
            && (specific.Contains(d.Pointer) || (d.Code == SchemaDiagnosticCodes.Property.Code && parents?.Contains(d.Pointer) == true)));
    }

    private static bool IsStructural(Diagnostic d) => d.Code.StartsWith("ML2", StringComparison.Ordinal);
}
