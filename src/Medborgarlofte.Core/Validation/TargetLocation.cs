using Medborgarlofte.Json;

namespace Medborgarlofte.Validation;

/// <summary>A target (mätbart mål) and where it stands: its commitment's position and its own within the commitment.</summary>
/// <param name="Target">The target.</param>
/// <param name="CommitmentIndex">The position of the commitment in <see cref="Agreement.Commitments"/>.</param>
/// <param name="TargetIndex">The position of the target in <see cref="Commitment.Targets"/>.</param>
public readonly record struct TargetLocation(Target Target, int CommitmentIndex, int TargetIndex)
{
    /// <summary>Gets the JSON Pointer of the target, <c>/commitments/3/targets/0</c>.</summary>
    public string Pointer => JsonPointer.Target(CommitmentIndex, TargetIndex);
}
