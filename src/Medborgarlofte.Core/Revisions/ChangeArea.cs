namespace Medborgarlofte.Revisions;

/// <summary>Which part of an agreement a change is in.</summary>
public enum ChangeArea
{
    /// <summary>The parties (parter), <c>/parties</c>.</summary>
    Parties,

    /// <summary>The validity (giltighetstid), <c>/validity</c>.</summary>
    Validity,

    /// <summary>The priority areas (fokusområden), <c>/priorityAreas</c>.</summary>
    PriorityAreas,

    /// <summary>The commitments (löften), <c>/commitments</c>, except their targets.</summary>
    Commitments,

    /// <summary>The targets (mål) of the commitments, <c>/commitments/*/targets</c>.</summary>
    Targets,

    /// <summary>The signatures (underskrifter), <c>/signatures</c>.</summary>
    Signatures,

    /// <summary>The revision (revidering): number, status, date, what it supersedes, <c>/revision</c>.</summary>
    Revision,

    /// <summary>Everything else: texts, lägesbild, goals, follow-up, extensions.</summary>
    Other,
}
