
namespace Medborgarlofte.Rendering;

/// <summary>Options of a rendering (återgivning) of an agreement.</summary>
public sealed record RenderOptions
{
    /// <summary>Gets the options for Swedish, the default.</summary>
    public static RenderOptions Swedish { get; } = new();

    /// <summary>Gets the options for English, falling back to Swedish per text.</summary>
    public static RenderOptions English { get; } = new() { Language = LocalizedText.EnglishTag };

    /// <summary>
    /// Gets the language: <c>sv</c> (svenska, the default) or <c>en</c>. Headings and labels are written in
    /// it; each text from the document is taken in it when the document has it, otherwise in Swedish and
    /// marked as such (HTML <c>lang="sv"</c> and a visible "(in Swedish)").
    /// </summary>
    public string Language { get; init; } = LocalizedText.SwedishTag;
}
