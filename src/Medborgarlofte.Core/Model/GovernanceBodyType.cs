namespace Medborgarlofte;

/// <summary>The kind of body that governs the cooperation.</summary>
public enum GovernanceBodyType
{
    /// <summary>A crime prevention council (brottsförebyggande råd). JSON: <c>crimePreventionCouncil</c>.</summary>
    CrimePreventionCouncil,

    /// <summary>A steering group (styrgrupp). JSON: <c>steeringGroup</c>.</summary>
    SteeringGroup,

    /// <summary>A working group (arbetsgrupp). JSON: <c>workingGroup</c>.</summary>
    WorkingGroup,

    /// <summary>A network (nätverk, e.g. SSPF). JSON: <c>network</c>.</summary>
    Network,

    /// <summary>Any other body. JSON: <c>other</c>.</summary>
    Other,
}
