namespace Medborgarlofte.Revisions;

/// <summary>What happened to a part of an agreement between two revisions.</summary>
public enum ChangeKind
{
    /// <summary>Added (tillagt): only in the newer revision.</summary>
    Added,

    /// <summary>Removed (borttaget): only in the older revision.</summary>
    Removed,

    /// <summary>Changed (ändrat): in both, with another value, or moved among its siblings.</summary>
    Changed,
}
