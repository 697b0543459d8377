using System.Collections.Generic;

namespace Medborgarlofte.Import.Blocks;

/// <summary>
/// One block (textblock) of a published document: the neutral unit every reader produces, so that the structure step
/// does not care whether the text came from Word, PDF, a web page or plain text.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The text, whitespace collapsed; a table row's cells joined by a tab.</param>
public sealed record Block(BlockKind Kind, string Text)
{
    /// <summary>Gets the heading level (1 is the document title's level); 0 for other blocks.</summary>
    public int Level { get; init; }

    /// <summary>Gets the list item's published number ("3.2", "1."), if it has one.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the cells of a table row; empty for other blocks.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>Gets whether the whole block was set in bold (a list item that is a commitment's title).</summary>
    public bool Strong { get; init; }

    /// <summary>Gets the 1-based line (or page, for PDF) where the block starts, for diagnostics; 0 when unknown.</summary>
    public int Line { get; init; }
}
