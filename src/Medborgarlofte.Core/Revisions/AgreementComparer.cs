using System.Text.Json;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.Revisions;

/// <summary>
/// Compares two revisions of an agreement (jämför revideringar): what was added, removed and changed.
/// </summary>
/// <remarks>
/// <para>
/// Both are compared in the format's canonical JSON, so every property counts, extensions included,
/// and each change has an RFC 6901 JSON Pointer. Parties, priority areas, commitments, targets,
/// goals, sources, findings, governance bodies, partners and reservations are matched by id, signatures by
/// party (by the signatory's name within a party, then by order), so that
/// removing the second commitment does not show every later one as changed. An element that stays
/// but moves among its siblings is reported as changed, with its old and new position. Other lists
/// (responsible parties, places, methods) are compared as a whole. Numbers compare by value
/// (<c>2</c> equals <c>2.0</c>).
/// </para>
/// <para>
/// A changed value is reported where it changed: a commitment text edited in Swedish is a change at
/// <c>/commitments/3/text/sv</c>; a target's value at <c>/commitments/3/targets/0/value</c>.
/// </para>
/// </remarks>
public static class AgreementComparer
{
    /// <summary>Compares two revisions of an agreement.</summary>
    /// <param name="older">The older revision.</param>
    /// <param name="newer">The newer revision.</param>
    /// <returns>The changes, as data; see <see cref="DiffMarkdownRenderer"/> and <see cref="AgreementDiffJson"/> for reports.</returns>
    public static AgreementDiff Compare(Agreement older, Agreement newer)
    {
        Preconditions.CheckSound(older, nameof(older));
        Preconditions.CheckSound(newer, nameof(newer));
        using var olderJson = JsonDocument.Parse(AgreementJson.WriteToUtf8Bytes(older));
        using var newerJson = JsonDocument.Parse(AgreementJson.WriteToUtf8Bytes(newer));
        var changes = new DiffWalker(older, newer).Compare(olderJson.RootElement, newerJson.RootElement);
        return new AgreementDiff
        {
            OlderId = older.Id,
            OlderRevision = older.Revision.Number,
            NewerId = newer.Id,
            NewerRevision = newer.Revision.Number,
            Changes = [.. changes],
        };
    }
}
