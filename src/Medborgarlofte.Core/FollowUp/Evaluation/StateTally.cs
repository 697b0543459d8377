using System.Runtime.InteropServices;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Counts states as they are evaluated and makes one <see cref="StateCounts"/> at the end, rather than a
/// record per target counted.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct StateTally
{
    private int _met;
    private int _onTrack;
    private int _behind;
    private int _notMet;
    private int _notApplicable;

    internal void Add(TargetState state)
    {
        switch (state)
        {
            case TargetState.Met:
                _met++;
                break;
            case TargetState.OnTrack:
                _onTrack++;
                break;
            case TargetState.Behind:
                _behind++;
                break;
            case TargetState.NotMet:
                _notMet++;
                break;
            default:
                _notApplicable++;
                break;
        }
    }

    internal void Add(StateCounts counts)
    {
        _met += counts.Met;
        _onTrack += counts.OnTrack;
        _behind += counts.Behind;
        _notMet += counts.NotMet;
        _notApplicable += counts.NotApplicable;
    }

    internal readonly StateCounts ToCounts() => new(_met, _onTrack, _behind, _notMet, _notApplicable);
}
