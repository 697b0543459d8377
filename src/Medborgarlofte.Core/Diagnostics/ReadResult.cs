using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte;

/// <summary>
/// The outcome of reading a document: the value when it could be read, and every diagnostic found.
/// Reading never throws for bad input; it reports.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, EquatableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                HasErrors = true;
                break;
            }
        }
    }

    /// <summary>Gets the value read, or <see langword="null"/> when the document could not be read.</summary>
    public T? Value { get; }

    /// <summary>Gets the diagnostics, in document order.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>Gets a value indicating whether a value was read without errors.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null && !HasErrors;

    /// <summary>Gets the value, or throws when reading failed.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="AgreementValidationException">Reading failed; it carries the diagnostics and its message lists them.</exception>
    public T GetValueOrThrow() => Success ? Value : throw new AgreementValidationException(Diagnostics);
}
