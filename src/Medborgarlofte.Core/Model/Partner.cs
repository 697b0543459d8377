using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Partner>;

namespace Medborgarlofte;

/// <summary>
/// A partner (samverkanspartner): an organisation that takes part in commitments but does not sign
/// (räddningstjänsten, regionen, a school, a housing company, föreningslivet). Never one of the parties.
/// </summary>
public sealed record Partner
{
    /// <summary>Gets the local id; partners have their own id space.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of organisation, when known.</summary>
    public PartyType? Type { get; init; }

    /// <summary>Gets the name as published ("Räddningstjänsten Skåne Nordväst").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>partner</c> (format 1.1): reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Partner> Shape = new(
        static v => new Partner
        {
            Id = v.Required<string>(),
            Type = v.Nullable<PartyType>(),
            Name = v.Required<LocalizedText>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Code("type", static x => x.Type, ModelCodes.PartyTypes),
        F.Text("name", static x => x.Name, required: true),
        F.Extensions(static x => x.Extensions));
}
