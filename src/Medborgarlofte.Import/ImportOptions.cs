namespace Medborgarlofte.Import;

/// <summary>Bounds and choices for an import (import av publicerat dokument).</summary>
public sealed record ImportOptions
{
    /// <summary>The default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the largest file read, checked before anything is parsed; 16 MiB by default.</summary>
    public long MaxInputBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the most characters of text taken from a document after unpacking; 2 million by default.</summary>
    public int MaxCharacters { get; init; } = 2_000_000;

    /// <summary>Gets the most PDF pages read; 300 by default.</summary>
    public int MaxPages { get; init; } = 300;
}
