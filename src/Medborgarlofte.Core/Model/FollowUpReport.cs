using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>One reporting arrangement of the follow-up plan.</summary>
public sealed record FollowUpReport
{
    /// <summary>Gets the forum reported to ("lokala brottsförebyggande rådet").</summary>
    public LocalizedText? Forum { get; init; }

    /// <summary>Gets how often.</summary>
    public Cadence? Cadence { get; init; }

    /// <summary>Gets the deliverable ("årsrapport").</summary>
    public LocalizedText? Deliverable { get; init; }
}
