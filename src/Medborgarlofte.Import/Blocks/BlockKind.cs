namespace Medborgarlofte.Import.Blocks;

/// <summary>What a block (textblock) of a published document is, whatever format it came from.</summary>
public enum BlockKind
{
    /// <summary>A heading (rubrik), with its level.</summary>
    Heading,

    /// <summary>A paragraph (stycke).</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list (listpunkt), with its number when it has one.</summary>
    ListItem,

    /// <summary>A row of a table (tabellrad), its cells joined by tabs.</summary>
    TableRow,
}
