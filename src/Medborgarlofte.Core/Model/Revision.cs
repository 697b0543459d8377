using NodaTime;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>Which revision a document is, and where it is in its life (revidering).</summary>
public sealed record Revision
{
    /// <summary>Gets the revision number, 1 for the first.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the status.</summary>
    public required RevisionStatus Status { get; init; }

    /// <summary>Gets the date of this revision.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the document this revision supersedes.</summary>
    public DocumentReference? Supersedes { get; init; }

    /// <summary>Gets what this revision amended.</summary>
    public LocalizedText? Changes { get; init; }

    /// <summary>Gets the revision clause ("Det kan revideras om omständigheterna så kräver").</summary>
    public LocalizedText? Clause { get; init; }
}
