using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>A goal and the effect sought (mål och effekter, förväntat resultat), and how it is followed up.</summary>
public sealed record Goal
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the priority area it belongs to, if any.</summary>
    public string? PriorityArea { get; init; }

    /// <summary>Gets the heading ("Trafik").</summary>
    public LocalizedText? Title { get; init; }

    /// <summary>Gets the desired effect ("Minska antalet inbrott i bostäder").</summary>
    public required LocalizedText Effect { get; init; }

    /// <summary>Gets how it is followed up, as written.</summary>
    public LocalizedText? FollowUp { get; init; }

    /// <summary>Gets follow-up method codes (source types from <see cref="CodeLists.SourceTypes"/>).</summary>
    public EquatableArray<string> FollowUpMethods { get; init; }

    /// <summary>Gets a measurable indicator, if the goal has one.</summary>
    public Indicator? Indicator { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
