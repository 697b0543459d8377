using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>An attachment or link (bilaga, länk).</summary>
public sealed record Link
{
    /// <summary>Gets the title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the address.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the media type ("application/pdf").</summary>
    public string? MediaType { get; init; }
}
