using NodaTime;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>A signature (underskrift) of a party on this revision.</summary>
public sealed record Signature
{
    /// <summary>Gets the id of the signing party.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the signatory's name; <see langword="null"/> when the document prints none.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the title ("Kommunstyrelsens ordförande"), without "Tf".</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Gets a value indicating whether the signatory is acting ("Tf", tillförordnad).</summary>
    public bool Acting { get; init; }

    /// <summary>Gets the place of signing.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the date of signing.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the content hash of what was signed (<c>sha256:</c> and 64 hex digits).</summary>
    public string? ContentHash { get; init; }
}
