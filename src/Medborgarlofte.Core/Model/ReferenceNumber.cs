namespace Medborgarlofte.Model;

/// <summary>A party's reference number for the agreement (diarienummer).</summary>
public sealed record ReferenceNumber
{
    /// <summary>Gets the id of the party that issued the number.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the number as the party writes it ("A027.427/2020", "Ks 900/2019").</summary>
    public required string Value { get; init; }
}
