using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Section>;

namespace Medborgarlofte;

/// <summary>A headed text of the document that has no place of its own (Arbetsmetod, Övrigt).</summary>
public sealed record Section
{
    /// <summary>Gets the heading.</summary>
    public required LocalizedText Heading { get; init; }

    /// <summary>Gets the text.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>The declaration of the format's <c>section</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Section> Shape = new(
        static v => new Section { Heading = v.Required<LocalizedText>(), Text = v.Required<LocalizedText>() },
        F.Text("heading", static x => x.Heading, required: true),
        F.Text("text", static x => x.Text, required: true));
}
