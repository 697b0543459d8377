using Medborgarlofte.Collections;
using Medborgarlofte.Text;

namespace Medborgarlofte.Model;

/// <summary>How the agreement is followed up (uppföljning).</summary>
public sealed record FollowUpPlan
{
    /// <summary>Gets the plan as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the reporting arrangements: to whom, how often, in what form.</summary>
    public EquatableArray<FollowUpReport> Reports { get; init; }
}
