using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using NodaTime;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Source>;

namespace Medborgarlofte;

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

    /// <summary>Gets data outside the format, kept and written back unchanged (format 1.1).</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>source</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Source> Shape = new(
        static v => new Source
        {
            Id = v.Required<string>(),
            Type = v.Required<string>(),
            Description = v.Optional<LocalizedText>(),
            Year = v.Nullable<int>(),
            Period = v.Optional<DateInterval>(),
            Publisher = v.Optional<string>(),
            ParticipantCount = v.Nullable<int>(),
            Extensions = v.Extensions(),
        },
        F.Id("id", static x => x.Id),
        F.Reference("type", static x => x.Type, required: true),
        F.Text("description", static x => x.Description),
        F.Integer("year", static x => x.Year, 1900, 9999),
        F.Interval("period", static x => x.Period),
        F.Reference("publisher", static x => x.Publisher, check: ValueChecks.Id),
        F.Integer("participantCount", static x => x.ParticipantCount, 0, int.MaxValue),
        F.Extensions(static x => x.Extensions));
}
