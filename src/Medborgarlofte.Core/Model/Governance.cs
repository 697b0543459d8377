using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>How the cooperation is organised (organisation).</summary>
public sealed record Governance
{
    /// <summary>Gets the text as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the bodies (råd, styrgrupp, arbetsgrupper).</summary>
    public EquatableArray<GovernanceBody> Bodies { get; init; }

    /// <summary>Gets the areas the parties collaborate on (samverkansområden).</summary>
    public EquatableArray<LocalizedText> CollaborationAreas { get; init; }
}
