using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>How citizens can follow the work (följ arbetet).</summary>
public sealed record Communication
{
    /// <summary>Gets the text as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the channels.</summary>
    public EquatableArray<CommunicationChannel> Channels { get; init; }
}
