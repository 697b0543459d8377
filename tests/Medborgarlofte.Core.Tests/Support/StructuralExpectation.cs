namespace Medborgarlofte.Tests.Support;

/// <summary>
/// What an invalid fixture must produce: an error at <paramref name="Pointer"/> (the offending value,
/// or the object that misses a property), and the strict reader's code there: the reader checks all the schema does.
/// </summary>
/// <param name="Pointer">The RFC 6901 pointer of the error.</param>
/// <param name="ReaderCode">The reader's diagnostic code: <c>ML0xxx</c>–<c>ML2xxx</c>, or a rule's code where a value's format keeps the code users know (ML4003, ML6001, …).</param>
internal sealed record StructuralExpectation(string Pointer, string ReaderCode);
