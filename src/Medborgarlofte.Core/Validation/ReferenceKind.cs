namespace Medborgarlofte.Validation;

/// <summary>What a reference points at.</summary>
internal enum ReferenceKind
{
    Party,
    PriorityArea,
    Source,
    Finding,
    Partner,
    Target,
}
