namespace Medborgarlofte.Json;

/// <summary>
/// Bounds on what a read accepts, so hostile input cannot exhaust memory or time.
/// Each bound exceeded is reported as a diagnostic (<c>ML0003</c>), never as an exception.
/// </summary>
public sealed record JsonLimits
{
    /// <summary>Gets the default limits: 16 MiB, depth 64.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>Gets the largest input accepted, in bytes. Default 16 MiB.</summary>
    public int MaxInputBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;
}
