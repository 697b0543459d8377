using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
}
