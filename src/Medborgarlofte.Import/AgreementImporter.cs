using System;
using System.Collections.Generic;
using Medborgarlofte.Import.Blocks;
using Medborgarlofte.Import.Readers;
using Medborgarlofte.Import.Structure;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Import;

/// <summary>
/// Imports a medborgarlöfte as published (Word, PDF, web page, Markdown, text) into a draft agreement: the blocks of
/// the document are mapped to the format by the vocabulary real agreements use, every sentence is recorded with the
/// JSON Pointer of the field that holds it, and every guess is a diagnostic (MI1xxx) for a person to review.
/// Never throws for bad input.
/// </summary>
public static class AgreementImporter
{
    /// <summary>Imports a file, checking its size before reading it.</summary>
    /// <param name="path">The file (.txt, .md, .html, .docx, .pdf).</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The draft, the sentences and the diagnostics.</returns>
    public static ImportResult ImportFile(string path, ImportOptions? options = null) => FromBlocks(BlockReader.ReadFile(path, options));

    /// <summary>Imports a document's bytes; the file name's extension says which reader.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The draft, the sentences and the diagnostics.</returns>
    public static ImportResult Import(byte[] content, string fileName, ImportOptions? options = null) => FromBlocks(BlockReader.Read(content, fileName, options));

    /// <summary>Imports blocks already read (from a reader of another format).</summary>
    /// <param name="blocks">The blocks in document order.</param>
    /// <returns>The draft, the sentences and the diagnostics.</returns>
    public static ImportResult Import(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return FromBlocks(new BlockReadResult(blocks, []));
    }

    private static ImportResult FromBlocks(BlockReadResult read)
    {
        if (!read.Success)
        {
            return new ImportResult(null, read.Blocks, [], read.Diagnostics);
        }

        var (draft, sentences, guesses) = DraftBuilder.Build(read.Blocks);
        if (draft.Commitments.IsEmpty && !MentionsAnAgreement(read.Blocks))
        {
            return new ImportResult(null, read.Blocks, sentences, [BlockReader.Error(ImportCodes.NoAgreement,
                "Dokumentet innehåller inget medborgarlöfte: inga åtaganden och inga ord som medborgarlöfte eller samverkansöverenskommelse.",
                "The document holds no agreement: no commitments and no words such as medborgarlöfte or samverkansöverenskommelse.")]);
        }

        var diagnostics = new List<Diagnostic>(guesses);
        foreach (var d in AgreementValidator.Validate(draft).Diagnostics)
        {
            diagnostics.Add(d);
        }

        return new ImportResult(draft, read.Blocks, sentences, diagnostics);
    }

    private static bool MentionsAnAgreement(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Text.Contains("medborgarlöfte", StringComparison.OrdinalIgnoreCase) || block.Text.Contains("samverkansöverenskommelse", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
