using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Finding>;

namespace Medborgarlofte;

/// <summary>A finding of the situation picture: a concern or a fact it brings out.</summary>
public sealed record Finding
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the finding as written.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets the ids of the sources it comes from.</summary>
    public EquatableArray<string> Sources { get; init; }

    /// <summary>Gets theme codes from the open list <see cref="CodeLists.Themes"/>.</summary>
    public EquatableArray<string> Themes { get; init; }

    /// <summary>The declaration of the format's <c>finding</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Finding> Shape = new(
        static v => new Finding
        {
            Id = v.Required<string>(),
            Text = v.Required<LocalizedText>(),
            Sources = v.Array<string>(),
            Themes = v.Array<string>(),
        },
        F.Id("id", static x => x.Id),
        F.Text("text", static x => x.Text, required: true),
        F.References("sources", static x => x.Sources, check: ValueChecks.Id),
        F.References("themes", static x => x.Themes));
}
