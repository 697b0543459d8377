using Medborgarlofte.Model;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Renders an agreement as Markdown (CommonMark): the Swedish document citizens read, in the order of
/// the published documents.
/// </summary>
/// <remarks>
/// Text from the document is kept as published; a character is escaped only where Markdown would
/// otherwise give it a meaning (see the format description), so ordinary prose appears verbatim.
/// </remarks>
public static class MarkdownRenderer
{
    /// <summary>Renders an agreement as Markdown.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="options">The language; Swedish when null.</param>
    /// <returns>The Markdown, with <c>\n</c> line ends and a final newline.</returns>
    /// <exception cref="System.ArgumentException">The language is neither <c>sv</c> nor <c>en</c>.</exception>
    public static string Render(Agreement agreement, RenderOptions? options = null) =>
        DocumentComposer.Compose(agreement, options, static strings => new MarkdownDocumentWriter(strings.FallbackMarker));
}
