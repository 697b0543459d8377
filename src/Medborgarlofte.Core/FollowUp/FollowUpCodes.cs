using Medborgarlofte.Json;

namespace Medborgarlofte.FollowUp;

/// <summary>The JSON names of the follow-up document's closed code lists.</summary>
internal static class FollowUpCodes
{
    internal static readonly EnumCodes<CommitmentStatus> CommitmentStatuses = new("notStarted", "ongoing", "done", "partlyDone", "notDone", "cancelled");
}
