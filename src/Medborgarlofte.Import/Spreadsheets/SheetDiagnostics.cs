using Medborgarlofte.Import.Readers;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>The sheet's diagnostics, Swedish first: an error names the cell; the pointer is the follow-up field the cell fills.</summary>
internal static class SheetDiagnostics
{
    internal static Diagnostic Error(string code, string swedish, string english, string pointer = "") =>
        BlockReader.Error(code, swedish, english) with { Pointer = pointer };

    internal static Diagnostic Warning(string code, string swedish, string english) =>
        new(code, DiagnosticSeverity.Warning, string.Empty, new LocalizedText(swedish, english));
}
