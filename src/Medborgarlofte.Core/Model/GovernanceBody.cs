using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>A body that governs the cooperation.</summary>
public sealed record GovernanceBody
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of body.</summary>
    public required GovernanceBodyType Type { get; init; }

    /// <summary>Gets the name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets what the body does.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the ids of the member parties.</summary>
    public EquatableArray<string> Members { get; init; }
}
