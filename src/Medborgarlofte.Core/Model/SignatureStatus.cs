namespace Medborgarlofte;

/// <summary>What the published copy shows of a signature (underskriftens status i den publicerade kopian).</summary>
public enum SignatureStatus
{
    /// <summary>Signed; the name is given when the copy prints one. JSON: <c>signed</c>.</summary>
    Signed,

    /// <summary>Signed, but the published copy has no name (namnet finns inte i kopian). JSON: <c>nameNotPublished</c>.</summary>
    NameNotPublished,

    /// <summary>An empty signing line ("....."). JSON: <c>blankLine</c>.</summary>
    BlankLine,

    /// <summary>The party's signature is missing from the published copy: a gap in the source. JSON: <c>missing</c>.</summary>
    Missing,
}
