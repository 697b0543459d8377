using System;
using System.Buffers;
using System.Collections.Generic;
using Medborgarlofte.Json.Shapes;

namespace Medborgarlofte.Validation;

/// <summary>
/// What the rules on every human text look for, found in one walk over the texts: texts other than a
/// commitment's own whose Swedish is blank (ML8006), bidirectional controls (ML8007), and each commitment's
/// Swedish text as ML7004 compares it (language keys are the reader's, ML8005). Each list is in document order, with the
/// pointer the rule reports at. Dispose to give the pooled keys back.
/// </summary>
/// <remarks>
/// One walk for three rules, because the texts of a large agreement do not fit in the cache, and each walk
/// over them costs about as much as the rules' own work.
/// </remarks>
internal sealed class TextFindings : IDisposable
{
    private string?[]? _commitmentTextKeys;
    private int[]? _commitmentTextHashes;

    private TextFindings(int commitments)
    {
        _commitmentTextKeys = ArrayPool<string?>.Shared.Rent(commitments);
        Array.Clear(_commitmentTextKeys, 0, commitments); // a rented array may hold what its last user left
        _commitmentTextHashes = ArrayPool<int>.Shared.Rent(commitments);
    }

    /// <summary>Gets the pointer to the Swedish of each blank text that is not a commitment's own text.</summary>
    internal List<string> BlankSwedish { get; } = [];

    /// <summary>Gets the pointer to each language of a text that holds a bidirectional control (ML8007).</summary>
    internal List<string> BidiControls { get; } = [];

    /// <summary>
    /// Gets each commitment's Swedish text with white space trimmed and collapsed, by the commitment's index
    /// (<see cref="Rules.DuplicateCommitmentTextRule"/>); null for a commitment without text or with a blank one.
    /// The array is rented: only the first <c>Commitments.Count</c> entries are the agreement's, and only until
    /// <see cref="Dispose"/>.
    /// </summary>
    internal string?[] CommitmentTextKeys => _commitmentTextKeys ?? throw new ObjectDisposedException(nameof(TextFindings));

    /// <summary>
    /// Gets the fast hash (<see cref="Rules.DuplicateCommitmentTextRule.CaseInsensitiveText"/>) of each key of
    /// <see cref="CommitmentTextKeys"/>, worked out while the text was in the cache; meaningless where the key is null.
    /// Rented like the keys.
    /// </summary>
    internal int[] CommitmentTextHashes => _commitmentTextHashes ?? throw new ObjectDisposedException(nameof(TextFindings));

    internal static TextFindings Collect(Agreement agreement)
    {
        var findings = new TextFindings(agreement.Commitments.Count);

        TextWalker.Walk(agreement, (text, walker) =>
        {
            for (var i = 0; i < text.EntryCount; i++)
            {
                var entry = text.EntryAt(i);
                if (Internal.BidiControls.In(entry.Value))
                {
                    findings.BidiControls.Add(walker.PointerTo(entry.Key));
                }
            }

            if (!walker.IsCommitmentText)
            {
                if (text.IsSwedishBlank)
                {
                    findings.BlankSwedish.Add(walker.PointerTo(LocalizedText.SwedishTag));
                }
            }
            else if (!text.IsSwedishBlank)
            {
                var key = Rules.DuplicateCommitmentTextRule.Normalize(text.Swedish);
                findings._commitmentTextKeys![walker.CommitmentIndex] = key;
                findings._commitmentTextHashes![walker.CommitmentIndex] = Rules.DuplicateCommitmentTextRule.CaseInsensitiveText.Hash(key);
            }
        });
        return findings;
    }

    public void Dispose()
    {
        if (_commitmentTextKeys is not null)
        {
            ArrayPool<string?>.Shared.Return(_commitmentTextKeys, clearArray: true);
            _commitmentTextKeys = null;
            ArrayPool<int>.Shared.Return(_commitmentTextHashes!);
            _commitmentTextHashes = null;
        }
    }
}
