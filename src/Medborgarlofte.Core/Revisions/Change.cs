namespace Medborgarlofte.Revisions;

/// <summary>One change (ändring) between two revisions of an agreement.</summary>
public sealed record Change
{
    /// <summary>Gets whether the part was added, removed or changed.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>Gets the part of the agreement the change is in.</summary>
    public required ChangeArea Area { get; init; }

    /// <summary>
    /// Gets the id of the element the change belongs to: the party, priority area, commitment, target,
    /// goal, source, finding or governance body id, or the party of a signature; <see langword="null"/>
    /// for a change outside such an element (the validity, the title).
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// Gets the RFC 6901 JSON Pointer of the changed value: in the newer document for additions and
    /// changes (<c>/commitments/3/targets/0/value</c>), in the older one for removals.
    /// </summary>
    public required string Pointer { get; init; }

    /// <summary>Gets a summary of the value before the change (Swedish text, a number, a date); <see langword="null"/> for an addition.</summary>
    public string? Before { get; init; }

    /// <summary>Gets a summary of the value after the change; <see langword="null"/> for a removal.</summary>
    public string? After { get; init; }
}
