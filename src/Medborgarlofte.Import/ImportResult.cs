using System.Collections.Generic;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import;

/// <summary>
/// What an import gives: a draft agreement to review, every sentence of the source with the JSON Pointer it went to,
/// and each guess as a diagnostic (MI1xxx) beside the draft's own validation diagnostics.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(Agreement? draft, IReadOnlyList<Block> blocks, IReadOnlyList<ImportedSentence> sentences, IReadOnlyList<Diagnostic> diagnostics)
    {
        Draft = draft;
        Blocks = blocks;
        Sentences = sentences;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the draft (revision status draft); <see langword="null"/> when the file could not be read or held no agreement.</summary>
    public Agreement? Draft { get; }

    /// <summary>Gets the blocks read from the source.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Gets every sentence of the source, in order, with where the draft holds it.</summary>
    public IReadOnlyList<ImportedSentence> Sentences { get; }

    /// <summary>Gets the import's diagnostics (MI…) and the draft's validation diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether there is a draft and no error.</summary>
    public bool Success
    {
        get
        {
            if (Draft is null)
            {
                return false;
            }

            foreach (var d in Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
