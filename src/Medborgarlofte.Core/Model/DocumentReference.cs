namespace Medborgarlofte.Model;

/// <summary>A reference to another agreement document, optionally to one of its revisions.</summary>
public sealed record DocumentReference
{
    /// <summary>Gets the id of the referenced document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the referenced revision number, when one is meant.</summary>
    public int? Revision { get; init; }
}
