using System.IO;

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
    /// <remarks>The whole document is held in one string; for a large agreement, write it to a stream with <see cref="Render(Agreement, TextWriter, RenderOptions?)"/>.</remarks>
    public static string Render(Agreement agreement, RenderOptions? options = null) =>
        DocumentComposer.Compose(agreement, options, static (writer, marker) => new MarkdownDocumentWriter(writer, marker));

    /// <summary>Renders an agreement as Markdown into a writer, one piece at a time, keeping nothing of the document in memory.</summary>
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
        DocumentComposer.Compose(agreement, output, options, static (writer, marker) => new MarkdownDocumentWriter(writer, marker));
}
