using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
}
