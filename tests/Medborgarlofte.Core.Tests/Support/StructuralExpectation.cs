namespace Medborgarlofte.Tests.Support;

/// <summary>
/// What an invalid fixture must produce: an error at <paramref name="Pointer"/> (the offending value,
/// or the object that misses a property), and, when the strict reader checks it, the reader's code there.
/// </summary>
/// <param name="Pointer">The RFC 6901 pointer of the error.</param>
/// <param name="ReaderCode">The reader's diagnostic code, or <see langword="null"/> when only the schema checks it (patterns, formats, value &gt; 0).</param>
internal sealed record StructuralExpectation(string Pointer, string? ReaderCode);
