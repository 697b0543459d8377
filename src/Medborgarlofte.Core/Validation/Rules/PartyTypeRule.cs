
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML4001 and ML4002: a promise is made by at least one municipality and one police party.</summary>
internal sealed class PartyTypeRule : IValidationRule
{
    private readonly PartyType _type;

    private PartyTypeRule(PartyType type, DiagnosticDescriptor descriptor)
    {
        _type = type;
        Descriptor = descriptor;
    }

    public DiagnosticDescriptor Descriptor { get; }

    internal static PartyTypeRule Municipality { get; } = new(PartyType.Municipality, DiagnosticCodes.NoMunicipality);

    internal static PartyTypeRule Police { get; } = new(PartyType.Police, DiagnosticCodes.NoPolice);

    public void Check(ValidationContext context)
    {
        foreach (var party in context.Agreement.Parties)
        {
            if (party?.Type == _type)
            {
                return;
            }
        }

        var (swedish, english, code) = _type == PartyType.Municipality ? ("en kommun", "a municipality", "municipality") : ("polisen", "the police", "police");
        context.Report(
            "/parties",
            new LocalizedText($"Ingen part är {swedish}; ett medborgarlöfte ingås av kommunen och polisen.", $"No party is {english}; a citizen promise is made by the municipality and the police."),
            new LocalizedText($"Lägg till en part med \"type\": \"{code}\".", $"Add a party with \"type\": \"{code}\"."));
    }
}
