using System.Collections.Generic;

namespace Medborgarlofte.Rendering;

/// <summary>
/// The target of <see cref="DocumentComposer"/>: it decides what comes in which order, a writer how it
/// looks in Markdown or HTML. A writer writes as it goes to a <see cref="System.IO.TextWriter"/> and keeps
/// nothing of the document. Every string it is given is unescaped text; escaping is the writer's job.
/// </summary>
internal abstract class DocumentWriter
{
    /// <summary>Starts the document; <paramref name="title"/> is plain text (the HTML <c>title</c>).</summary>
    internal abstract void StartDocument(string language, string title);

    internal abstract void EndDocument();

    internal abstract void StartHeader();

    internal abstract void EndHeader();

    /// <summary>Starts a section (HTML <c>section</c>); Markdown has none.</summary>
    internal abstract void StartSection(string className);

    internal abstract void EndSection();

    internal abstract void Heading(int level, IReadOnlyList<Run> content, string? id = null);

    internal abstract void Paragraph(IReadOnlyList<Run> content, string? className = null);

    /// <summary>Lines kept apart by line breaks, in one block (a signature, a list of fields).</summary>
    internal abstract void Lines(IReadOnlyList<IReadOnlyList<Run>> lines, string? className = null);

    /// <summary>Text from the document: paragraphs and <c>- </c> lists; when <paramref name="marked"/>, preceded by the fallback marker.</summary>
    internal abstract void Text(string text, string? language, bool marked);

    internal abstract void StartList(string? className = null);

    internal abstract void EndList();

    internal abstract void StartItem(string? className = null, string? id = null);

    internal abstract void EndItem();

    /// <summary>A list item of one line of inline text.</summary>
    internal abstract void ListItem(IReadOnlyList<Run> content);

    /// <summary>The heading of a list item (a commitment's title): an HTML heading of <paramref name="level"/>, Markdown bold.</summary>
    internal abstract void ItemTitle(int level, IReadOnlyList<Run> content);

    /// <summary>Label/value pairs ("Syfte", "Ansvar"); each value may have several entries.</summary>
    internal abstract void Fields(IReadOnlyList<KeyValuePair<string, IReadOnlyList<IReadOnlyList<Run>>>> fields);
}
