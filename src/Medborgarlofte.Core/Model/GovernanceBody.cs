using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.GovernanceBody>;

namespace Medborgarlofte;

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

    /// <summary>The declaration of the format's <c>governanceBody</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<GovernanceBody> Shape = new(
        static v => new GovernanceBody
        {
            Id = v.Required<string>(),
            Type = v.Value<GovernanceBodyType>(),
            Name = v.Required<LocalizedText>(),
            Description = v.Optional<LocalizedText>(),
            Members = v.Array<string>(),
        },
        F.Id("id", static x => x.Id),
        F.Code("type", static x => x.Type, ModelCodes.GovernanceBodyTypes, required: true),
        F.Text("name", static x => x.Name, required: true),
        F.Text("description", static x => x.Description),
        F.References("members", static x => x.Members, check: ValueChecks.Id));
}
