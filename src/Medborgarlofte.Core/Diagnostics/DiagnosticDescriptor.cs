
namespace Medborgarlofte;

/// <summary>What a diagnostic code means: its default severity and a title in Swedish and English.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="DefaultSeverity">The severity unless overridden.</param>
/// <param name="Title">A short description of the code.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, LocalizedText Title)
{
    /// <summary>Gets what triggers the diagnostic, in a sentence or two (Swedish first), for the rule catalogue.</summary>
    public LocalizedText? Description { get; init; }
}
