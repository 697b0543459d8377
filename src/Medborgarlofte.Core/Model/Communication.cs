using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.Communication>;

namespace Medborgarlofte;

/// <summary>How citizens can follow the work (följ arbetet).</summary>
public sealed record Communication
{
    /// <summary>Gets the text as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the channels.</summary>
    public EquatableArray<CommunicationChannel> Channels { get; init; }

    /// <summary>Gets data outside the format, kept and written back unchanged (format 1.1).</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;

    /// <summary>The declaration of the format's <c>communication</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<Communication> Shape = new(
        static v => new Communication { Description = v.Optional<LocalizedText>(), Channels = v.Array<CommunicationChannel>(), Extensions = v.Extensions() },
        F.Text("description", static x => x.Description),
        F.Array("channels", static x => x.Channels, CommunicationChannel.Shape),
        F.Extensions(static x => x.Extensions));
}
