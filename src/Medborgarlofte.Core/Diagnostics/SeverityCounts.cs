namespace Medborgarlofte;

/// <summary>How many diagnostics of each severity a report holds, counted once for every kind of report.</summary>
internal static class SeverityCounts
{
    internal static (int Errors, int Warnings, int Infos) Of(EquatableArray<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return (errors, warnings, infos);
    }
}
