using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>A headed text of the document that has no place of its own (Arbetsmetod, Övrigt).</summary>
public sealed record Section
{
    /// <summary>Gets the heading.</summary>
    public required LocalizedText Heading { get; init; }

    /// <summary>Gets the text.</summary>
    public required LocalizedText Text { get; init; }
}
