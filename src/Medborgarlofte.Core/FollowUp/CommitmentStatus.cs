namespace Medborgarlofte.FollowUp;

/// <summary>The reported status of a commitment (status).</summary>
public enum CommitmentStatus
{
    /// <summary>Not started (ej påbörjat). JSON: <c>notStarted</c>.</summary>
    NotStarted,

    /// <summary>Ongoing (pågår). JSON: <c>ongoing</c>.</summary>
    Ongoing,

    /// <summary>Done (genomfört). JSON: <c>done</c>.</summary>
    Done,

    /// <summary>Partly done (delvis genomfört). JSON: <c>partlyDone</c>.</summary>
    PartlyDone,

    /// <summary>Not done (ej genomfört). JSON: <c>notDone</c>.</summary>
    NotDone,

    /// <summary>Cancelled (avbrutet). JSON: <c>cancelled</c>.</summary>
    Cancelled,
}
