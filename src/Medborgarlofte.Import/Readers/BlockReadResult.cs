using System.Collections.Generic;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>The blocks read from a document, or the diagnostic that says why there are none.</summary>
/// <param name="Blocks">The blocks in document order; empty when reading failed.</param>
/// <param name="Diagnostics">Why the document could not be read (MI0xxx), if it could not.</param>
public sealed record BlockReadResult(IReadOnlyList<Block> Blocks, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether the document was read with no error.</summary>
    public bool Success
    {
        get
        {
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
