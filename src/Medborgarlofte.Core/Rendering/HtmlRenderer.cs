using Medborgarlofte.Model;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Renders an agreement as one self-contained HTML file: the Swedish document citizens read, in the
/// order of the published documents.
/// </summary>
/// <remarks>
/// Semantic headings, sections and lists; <c>lang="sv"</c> (or <c>en</c>) on the <c>html</c> element; an
/// inline style sheet that reads on a phone and prints well; no script, nothing loaded from elsewhere
/// (a Content-Security-Policy tells the browser so too); every text from the document HTML-escaped;
/// only http and https addresses from the document become links. In an English rendering each text
/// the document has only in Swedish carries <c>lang="sv"</c> and a visible "(in Swedish)".
/// </remarks>
public static class HtmlRenderer
{
    /// <summary>Renders an agreement as HTML.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="options">The language; Swedish when null.</param>
    /// <returns>The HTML document, with <c>\n</c> line ends and a final newline.</returns>
    /// <exception cref="System.ArgumentException">The language is neither <c>sv</c> nor <c>en</c>.</exception>
    public static string Render(Agreement agreement, RenderOptions? options = null) =>
        DocumentComposer.Compose(agreement, options, static strings => new HtmlDocumentWriter(strings.FallbackMarker));
}
