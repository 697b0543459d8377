using Medborgarlofte.Json.Shapes;
using F = Medborgarlofte.Json.Shapes.Fields<Medborgarlofte.FollowUpPlan>;

namespace Medborgarlofte;

/// <summary>How the agreement is followed up (uppföljning).</summary>
public sealed record FollowUpPlan
{
    /// <summary>Gets the plan as written.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the reporting arrangements: to whom, how often, in what form.</summary>
    public EquatableArray<FollowUpReport> Reports { get; init; }

    /// <summary>The declaration of the format's <c>followUpPlan</c>: reading, writing and the text walk follow from it.</summary>
    internal static readonly JsonShape<FollowUpPlan> Shape = new(
        static v => new FollowUpPlan { Description = v.Optional<LocalizedText>(), Reports = v.Array<FollowUpReport>() },
        F.Text("description", static x => x.Description),
        F.Array("reports", static x => x.Reports, FollowUpReport.Shape));
}
