using Medborgarlofte.Text;

namespace Medborgarlofte.Diagnostics;

/// <summary>
/// One problem found in a document: a stable code, a severity, where (an RFC 6901 JSON Pointer)
/// and what (a message in Swedish and English, and optionally a hint).
/// </summary>
/// <param name="Code">The stable code, e.g. <c>ML1001</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Pointer">An RFC 6901 JSON Pointer to the value concerned; empty for the whole document.</param>
/// <param name="Message">What is wrong, Swedish first.</param>
/// <param name="Hint">How to fix it, when there is something useful to say.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Pointer, LocalizedText Message, LocalizedText? Hint = null)
{
    /// <summary>Returns "code severity pointer: message" with the Swedish message.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Severity} {(Pointer.Length == 0 ? "/" : Pointer)}: {Message.Swedish}";
}
