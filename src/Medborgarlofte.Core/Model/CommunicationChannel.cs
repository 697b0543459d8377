using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

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
}
