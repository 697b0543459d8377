using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.ReferenceNumber>;

namespace Medborgarlofte;

/// <summary>A party's reference number for the agreement (diarienummer).</summary>
public sealed record ReferenceNumber
{
    /// <summary>Gets the id of the party that issued the number.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the number as the party writes it ("A027.427/2020", "Ks 900/2019").</summary>
    public required string Value { get; init; }

    /// <summary>Gets the published line, rendered verbatim ("Dnr Polisen: A027.427/2020") (format 1.1).</summary>
    public LocalizedText? Wording { get; init; }

    /// <summary>The declaration of the format's <c>referenceNumber</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<ReferenceNumber> Shape = new(
        static v => new ReferenceNumber { Party = v.Required<string>(), Value = v.Required<string>(), Wording = v.Optional<LocalizedText>() },
        F.Reference("party", static x => x.Party, required: true, check: ValueChecks.Id),
        F.String("value", static x => x.Value, required: true),
        F.Text("wording", static x => x.Wording));
}
