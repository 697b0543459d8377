using System.Collections.Generic;
using System.Globalization;

namespace Medborgarlofte;

/// <summary>
/// The most diagnostics one document keeps (<see cref="JsonLimits.MaxDiagnostics"/>) and a count of the rest,
/// shared by reading and the rules, so that a document with a million problems holds the memory of a thousand.
/// </summary>
internal sealed class DiagnosticCap
{
    /// <summary>Gets or sets how many diagnostics a list may hold.</summary>
    internal int Max { get; set; } = JsonLimits.Default.MaxDiagnostics;

    /// <summary>Gets how many were found past <see cref="Max"/>.</summary>
    internal int Omitted { get; private set; }

    private DiagnosticSeverity? WorstOmitted { get; set; }

    /// <summary>Whether a diagnostic of <paramref name="severity"/> may join <paramref name="list"/>; counted when not.</summary>
    internal bool Admit(List<Diagnostic> list, DiagnosticSeverity severity)
    {
        if (list.Count < Max)
        {
            return true;
        }

        Omitted++;
        if (WorstOmitted is not { } worst || Rank(severity) > Rank(worst))
        {
            WorstOmitted = severity;
        }

        return false;
    }

    /// <summary>Adds to <paramref name="list"/> when it fits (the reading of a value's many findings, say).</summary>
    internal void Add(List<Diagnostic> list, Diagnostic diagnostic)
    {
        if (Admit(list, diagnostic.Severity))
        {
            list.Add(diagnostic);
        }
    }

    /// <summary>Counts and removes what <paramref name="list"/> holds past the bound (findings added to it directly).</summary>
    internal void Trim(List<Diagnostic> list)
    {
        for (var i = Max; i < list.Count; i++)
        {
            Admit(list, list[i].Severity);
        }

        if (list.Count > Max)
        {
            list.RemoveRange(Max, list.Count - Max);
        }
    }

    /// <summary>Forgets what was counted (a pass whose findings turned out moot).</summary>
    internal void Forget()
    {
        Omitted = 0;
        WorstOmitted = null;
    }

    /// <summary>Ends <paramref name="list"/> with one ML0008 that says how many more were found, when any were.</summary>
    internal void AppendSummary(List<Diagnostic> list)
    {
        if (WorstOmitted is not { } severity)
        {
            return;
        }

        var omitted = Omitted.ToString(CultureInfo.InvariantCulture);
        var max = Max.ToString(CultureInfo.InvariantCulture);
        list.Add(new Diagnostic(
            DiagnosticCodes.TooManyDiagnostics.Code,
            severity,
            string.Empty,
            new LocalizedText($"Ytterligare {omitted} problem hittades men listas inte; gränsen är {max} per dokument.", $"{omitted} more problems were found but are not listed; the limit is {max} per document."),
            new LocalizedText("Rätta de listade problemen och validera igen, eller höj JsonLimits.MaxDiagnostics.", "Fix the problems listed and validate again, or raise JsonLimits.MaxDiagnostics.")));
    }

    private static int Rank(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 2,
        DiagnosticSeverity.Warning => 1,
        _ => 0,
    };
}
