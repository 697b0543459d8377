using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Goal>;

namespace Medborgarlofte;

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

    /// <summary>The declaration of the format's <c>goal</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Goal> Shape = new(
        static v => new Goal
        {
            Id = v.Required<string>(),
            PriorityArea = v.Optional<string>(),
            Title = v.Optional<LocalizedText>(),
            Effect = v.Required<LocalizedText>(),
            FollowUp = v.Optional<LocalizedText>(),
            FollowUpMethods = v.Array<string>(),
            Indicator = v.Optional<Indicator>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Reference("priorityArea", static x => x.PriorityArea, check: ValueChecks.Id),
        F.Text("title", static x => x.Title),
        F.Text("effect", static x => x.Effect, required: true),
        F.Text("followUp", static x => x.FollowUp),
        F.References("followUpMethods", static x => x.FollowUpMethods),
        F.Object("indicator", static x => x.Indicator, Indicator.Shape),
        F.Extensions(static x => x.Extensions));
}
