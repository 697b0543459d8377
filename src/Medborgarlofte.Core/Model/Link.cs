using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Link>;

namespace Medborgarlofte;

/// <summary>An attachment or link (bilaga, länk).</summary>
public sealed record Link
{
    /// <summary>Gets the title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the address; <see langword="null"/> for an attachment named without one ("se bilaga 2", format 1.1).</summary>
    public string? Url { get; init; }

    /// <summary>Gets the media type ("application/pdf").</summary>
    public string? MediaType { get; init; }

    /// <summary>The declaration of the format's <c>link</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Link> Shape = new(
        static v => new Link { Title = v.Required<LocalizedText>(), Url = v.Optional<string>(), MediaType = v.Optional<string>() },
        F.Text("title", static x => x.Title, required: true),
        F.String("url", static x => x.Url, check: ValueChecks.Uri),
        F.String("mediaType", static x => x.MediaType));
}
