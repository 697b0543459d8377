
namespace Medborgarlofte;

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
    /// <summary>
    /// Gets the 1-based line (rad) where the pointer leads in the text read, or <see langword="null"/> when the
    /// diagnostic came from a model built in code or a value that had no text of its own. A pointer that leads
    /// nowhere (a missing property) is placed at its nearest ancestor that exists; a syntax error where it is.
    /// </summary>
    public int? Line { get; init; }

    /// <summary>
    /// Gets the 1-based column (kolumn) on <see cref="Line"/>, in UTF-16 code units as editors count them,
    /// or <see langword="null"/> with it.
    /// </summary>
    public int? Column { get; init; }

    /// <summary>Returns "code severity pointer: message" with the Swedish message.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Severity} {(Pointer.Length == 0 ? "/" : Pointer)}: {Message.Swedish}";
}
