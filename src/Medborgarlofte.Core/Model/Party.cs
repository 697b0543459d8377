using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Party>;

namespace Medborgarlofte;

/// <summary>A party to the agreement (part), declared once and referred to by <see cref="Id"/>.</summary>
public sealed record Party
{
    /// <summary>Gets the local id other elements use to refer to this party.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of organisation.</summary>
    public required PartyType Type { get; init; }

    /// <summary>Gets the name as published ("Båstads kommun", "Lokalpolisområde Ängelholm").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets official identifiers (kommunkod, organisationsnummer).</summary>
    public PartyIdentifiers? Identifiers { get; init; }

    /// <summary>Gets where a police party sits in Polismyndigheten.</summary>
    public PoliceUnit? PoliceUnit { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>party</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Party> Shape = new(
        static v => new Party
        {
            Id = v.Required<string>(),
            Type = v.Value<PartyType>(),
            Name = v.Required<LocalizedText>(),
            Identifiers = v.Optional<PartyIdentifiers>(),
            PoliceUnit = v.Optional<PoliceUnit>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Code("type", static x => x.Type, ModelCodes.PartyTypes, required: true),
        F.Text("name", static x => x.Name, required: true),
        F.Object("identifiers", static x => x.Identifiers, PartyIdentifiers.Shape),
        F.Object("policeUnit", static x => x.PoliceUnit, PoliceUnit.Shape),
        F.Extensions(static x => x.Extensions));
}
