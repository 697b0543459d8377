using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
}
