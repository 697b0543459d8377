using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.PriorityArea>;

namespace Medborgarlofte;

/// <summary>A priority area (fokusområde, tema, prioriterat område) grouping commitments.</summary>
public sealed record PriorityArea
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the published number ("1"), if any.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the background: the problem the area addresses.</summary>
    public LocalizedText? Background { get; init; }

    /// <summary>Gets theme codes from the open list <see cref="CodeLists.Themes"/>.</summary>
    public EquatableArray<string> Themes { get; init; }

    /// <summary>Gets the ids of the findings the area answers.</summary>
    public EquatableArray<string> Findings { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>priorityArea</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<PriorityArea> Shape = new(
        static v => new PriorityArea
        {
            Id = v.Required<string>(),
            Number = v.Optional<string>(),
            Title = v.Required<LocalizedText>(),
            Background = v.Optional<LocalizedText>(),
            Themes = v.Array<string>(),
            Findings = v.Array<string>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.String("number", static x => x.Number),
        F.Text("title", static x => x.Title, required: true),
        F.Text("background", static x => x.Background),
        F.References("themes", static x => x.Themes),
        F.References("findings", static x => x.Findings, check: ValueChecks.Id),
        F.Extensions(static x => x.Extensions));
}
