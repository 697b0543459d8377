using System;

namespace Medborgarlofte.Hashing;

/// <summary>
/// Whether one signature's recorded content hash (innehållets kontrollsumma) still matches the
/// agreement's content; see <see cref="ContentHash.Verify"/>.
/// </summary>
public sealed record ContentHashCheck
{
    /// <summary>Gets the index of the signature in the agreement's signatures.</summary>
    public required int SignatureIndex { get; init; }

    /// <summary>Gets the id of the signing party.</summary>
    public required string Party { get; init; }

    /// <summary>Gets the JSON Pointer of the recorded hash (<c>/signatures/0/contentHash</c>).</summary>
    public required string Pointer { get; init; }

    /// <summary>Gets the hash the signature recorded.</summary>
    public required string Recorded { get; init; }

    /// <summary>
    /// Gets the hash of the content now, or <see langword="null"/> when the agreement has no canonical
    /// form (an extension holds a number that does not fit a double).
    /// </summary>
    public required string? Actual { get; init; }

    /// <summary>Gets a value indicating whether the content is what was signed (hex digits compared without regard to case).</summary>
    public bool Matches => Actual is not null && string.Equals(Recorded, Actual, StringComparison.OrdinalIgnoreCase);
}
