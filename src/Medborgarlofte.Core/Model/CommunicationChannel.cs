using Medborgarlofte.Json.Formats;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.CommunicationChannel>;

namespace Medborgarlofte;

/// <summary>A channel that tells citizens about the work (kanal).</summary>
public sealed record CommunicationChannel
{
    /// <summary>Gets the channel type, a code from the open list <see cref="CodeLists.ChannelTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the id of the party that runs the channel.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets the channel's name.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>Gets the channel's address.</summary>
    public string? Url { get; init; }

    /// <summary>The declaration of the format's <c>communicationChannel</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<CommunicationChannel> Shape = new(
        static v => new CommunicationChannel
        {
            Type = v.Required<string>(),
            Owner = v.Optional<string>(),
            Name = v.Optional<LocalizedText>(),
            Url = v.Optional<string>(),
        },
        F.Reference("type", static x => x.Type, required: true),
        F.Reference("owner", static x => x.Owner, check: ValueChecks.Id),
        F.Text("name", static x => x.Name),
        F.String("url", static x => x.Url, check: ValueChecks.Uri));
}
