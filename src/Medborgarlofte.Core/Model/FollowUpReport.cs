using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUpReport>;

namespace Medborgarlofte;

/// <summary>One reporting arrangement of the follow-up plan.</summary>
public sealed record FollowUpReport
{
    /// <summary>Gets the forum reported to ("lokala brottsförebyggande rådet").</summary>
    public LocalizedText? Forum { get; init; }

    /// <summary>Gets how often.</summary>
    public Cadence? Cadence { get; init; }

    /// <summary>Gets the deliverable ("årsrapport").</summary>
    public LocalizedText? Deliverable { get; init; }

    /// <summary>The declaration of the format's <c>followUpReport</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<FollowUpReport> Shape = new(
        static v => new FollowUpReport
        {
            Forum = v.Optional<LocalizedText>(),
            Cadence = v.Nullable<Cadence>(),
            Deliverable = v.Optional<LocalizedText>(),
        },
        F.Text("forum", static x => x.Forum),
        F.Code("cadence", static x => x.Cadence, ModelCodes.Cadences),
        F.Text("deliverable", static x => x.Deliverable));
}
