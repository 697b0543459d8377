using System.IO;

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
    /// <remarks>The whole document is held in one string; for a large agreement, write it to a stream with <see cref="Render(Agreement, TextWriter, RenderOptions?)"/>.</remarks>
    public static string Render(Agreement agreement, RenderOptions? options = null) =>
        DocumentComposer.Compose(agreement, options, static (writer, marker) => new HtmlDocumentWriter(writer, marker));

    /// <summary>Renders an agreement as HTML into a writer, one piece at a time, keeping nothing of the document in memory.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="output">Where the document goes (a <see cref="StreamWriter"/> over a file or a response, say); it is neither flushed nor closed.</param>
    /// <param name="options">The language; Swedish when null.</param>
    /// <exception cref="System.ArgumentException">The language is neither <c>sv</c> nor <c>en</c>; nothing is written.</exception>
    /// <remarks>
    /// The text written is the one <see cref="Render(Agreement, RenderOptions?)"/> returns. Why it exists: the string of a
    /// 10 000-commitment agreement has about 5 million characters (10 MB), and building it costs nearly as much again
    /// as composing the document.
    /// </remarks>
    public static void Render(Agreement agreement, TextWriter output, RenderOptions? options = null) =>
        DocumentComposer.Compose(agreement, output, options, static (writer, marker) => new HtmlDocumentWriter(writer, marker));
}
