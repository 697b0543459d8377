using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Governance>;

namespace Medborgarlofte;

/// <summary>How the cooperation is organised (organisation).</summary>
public sealed record Governance
{
    /// <summary>Gets the text as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the bodies (råd, styrgrupp, arbetsgrupper).</summary>
    public EquatableArray<GovernanceBody> Bodies { get; init; }

    /// <summary>Gets the areas the parties collaborate on (samverkansområden).</summary>
    public EquatableArray<LocalizedText> CollaborationAreas { get; init; }

    /// <summary>The declaration of the format's <c>governance</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Governance> Shape = new(
        static v => new Governance
        {
            Description = v.Optional<LocalizedText>(),
            Bodies = v.Array<GovernanceBody>(),
            CollaborationAreas = v.Array<LocalizedText>(),
        },
        F.Text("description", static x => x.Description),
        F.Array("bodies", static x => x.Bodies, GovernanceBody.Shape),
        F.Texts("collaborationAreas", static x => x.CollaborationAreas));
}
