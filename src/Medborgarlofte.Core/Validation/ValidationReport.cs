using Medborgarlofte.Validation;

namespace Medborgarlofte;

/// <summary>
/// The outcome of validating one document (valideringsrapport): every diagnostic of reading, structure
/// and rules, in document order, and where the report comes from. Valid when no diagnostic is an error.
/// Written as JSON by <see cref="ValidationReportJson"/> (schema <c>urn:medborgarlofte:validation-report:1.0</c>).
/// </summary>
public sealed class ValidationReport
{
    /// <summary>The version of the report's JSON format.</summary>
    public const string FormatVersion = "1.0";

    internal ValidationReport(EquatableArray<Diagnostic> diagnostics, Agreement? agreement, ValidationProvenance provenance, bool isFollowUp = false)
    {
        IsFollowUp = isFollowUp;
        Diagnostics = diagnostics;
        Agreement = agreement;
        Provenance = provenance;
        (ErrorCount, WarningCount, InfoCount) = SeverityCounts.Of(diagnostics);
    }

    /// <summary>Gets a value indicating whether the document is valid: it was read, and no diagnostic is an error.</summary>
    public bool IsValid => ErrorCount == 0 && (Agreement is not null || IsFollowUp);

    /// <summary>Gets a value indicating whether the document validated was a follow-up (uppföljning), not an agreement.</summary>
    internal bool IsFollowUp { get; }

    /// <summary>Gets the diagnostics in document order (by pointer, as the document's properties and items come).</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the number of errors (fel).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings (varningar).</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of information diagnostics.</summary>
    public int InfoCount { get; }

    /// <summary>Gets the agreement, when the document could be read without errors; the rules ran on it.</summary>
    public Agreement? Agreement { get; }

    /// <summary>Gets where the report comes from: library, schema and rule-set versions, and the as-of date.</summary>
    public ValidationProvenance Provenance { get; }

    /// <summary>Throws when the document is not valid, so that a test or a service stops with every problem listed.</summary>
    /// <returns>The agreement, which is valid.</returns>
    /// <exception cref="AgreementValidationException">The document is not valid; it carries the diagnostics and its message lists them.</exception>
    public Agreement ThrowIfInvalid() => IsValid && Agreement is { } agreement ? agreement : throw new AgreementValidationException(Diagnostics);
}
