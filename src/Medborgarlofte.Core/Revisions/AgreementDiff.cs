
namespace Medborgarlofte.Revisions;

/// <summary>What changed (ändringar) between two revisions of an agreement, as data; see <see cref="AgreementComparer"/>.</summary>
public sealed record AgreementDiff
{
    /// <summary>Gets the id of the older document.</summary>
    public required string OlderId { get; init; }

    /// <summary>Gets the revision number of the older document.</summary>
    public required int OlderRevision { get; init; }

    /// <summary>Gets the id of the newer document.</summary>
    public required string NewerId { get; init; }

    /// <summary>Gets the revision number of the newer document.</summary>
    public required int NewerRevision { get; init; }

    /// <summary>Gets the changes, in document order: removals of a list before its additions and changes.</summary>
    public required EquatableArray<Change> Changes { get; init; }

    /// <summary>Gets a value indicating whether anything changed.</summary>
    public bool HasChanges => !Changes.IsEmpty;
}
