using NodaTime;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>A source of the situation picture (underlag): a safety survey, a citizen dialogue, statistics …</summary>
public sealed record Source
{
    /// <summary>Gets the local id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the source type, a code from the open list <see cref="CodeLists.SourceTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets a description (when, how, how many).</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the year the source is from (a survey's year).</summary>
    public int? Year { get; init; }

    /// <summary>Gets the period it covers (a dialogue held April–May 2018).</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the id of the party that published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets how many took part, at least.</summary>
    public int? ParticipantCount { get; init; }
}
