namespace Medborgarlofte.FollowUp;

/// <summary>
/// The outcome of validating one follow-up document (uppföljning), shaped like <see cref="ValidationReport"/>:
/// every diagnostic of reading and of the checks against the agreement, in document order. Valid when the
/// document was read and no diagnostic is an error.
/// </summary>
public sealed class FollowUpValidationReport
{
    internal FollowUpValidationReport(FollowUpDocument? followUp, EquatableArray<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        (ErrorCount, WarningCount, InfoCount) = SeverityCounts.Of(diagnostics);

        FollowUp = ErrorCount == 0 ? followUp : null;
    }

    /// <summary>Gets a value indicating whether the document is valid: it was read, and no diagnostic is an error.</summary>
    public bool IsValid => ErrorCount == 0 && FollowUp is not null;

    /// <summary>Gets the diagnostics in document order.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the number of errors (fel).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings (varningar).</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of information diagnostics.</summary>
    public int InfoCount { get; }

    /// <summary>Gets the follow-up, when the document has no error.</summary>
    public FollowUpDocument? FollowUp { get; }

    /// <summary>Throws when the document is not valid, so that a test or a service stops with every problem listed.</summary>
    /// <returns>The follow-up, which is valid.</returns>
    /// <exception cref="AgreementValidationException">The document is not valid; it carries the diagnostics and its message lists them.</exception>
    public FollowUpDocument ThrowIfInvalid() => IsValid && FollowUp is { } followUp ? followUp : throw new AgreementValidationException(Diagnostics);
}
