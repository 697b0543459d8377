namespace Medborgarlofte;

/// <summary>Where a revision is in its life (status).</summary>
public enum RevisionStatus
{
    /// <summary>Being written (utkast). JSON: <c>draft</c>.</summary>
    Draft,

    /// <summary>Agreed by the parties, not signed (överenskommen). JSON: <c>agreed</c>.</summary>
    Agreed,

    /// <summary>Signed by the parties (undertecknad). JSON: <c>signed</c>.</summary>
    Signed,

    /// <summary>Signed and made public (publicerad). JSON: <c>published</c>.</summary>
    Published,

    /// <summary>Replaced by a later revision or document (ersatt). JSON: <c>superseded</c>.</summary>
    Superseded,
}
