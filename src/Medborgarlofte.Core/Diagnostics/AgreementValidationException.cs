using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte;

/// <summary>
/// A document (an agreement or a follow-up document) that could not be read or is not valid
/// (ogiltigt dokument): carries every diagnostic, and lists them in <see cref="Exception.Message"/> —
/// code, severity, line:column where known, pointer, Swedish then English — so a failing test or a
/// log shows every problem. Thrown by <see cref="ReadResult{T}.GetValueOrThrow"/>,
/// <c>ValidationReport.ThrowIfInvalid</c> and the System.Text.Json converters.
/// </summary>
/// <remarks>
/// A <see cref="JsonException"/>, so that <c>JsonSerializer</c> and ASP.NET Core treat it as the bad
/// request body it is (HTTP 400), not as a server error.
/// </remarks>
#pragma warning disable RCS1194 // The serialization constructor is obsolete (SYSLIB0051); the standard ones are here.
public sealed class AgreementValidationException : JsonException
#pragma warning restore RCS1194
{
    /// <summary>Initializes a new instance with the diagnostics that make the document unusable.</summary>
    /// <param name="diagnostics">The diagnostics, in document order.</param>
    public AgreementValidationException(IEnumerable<Diagnostic> diagnostics)
        : this(new EquatableArray<Diagnostic>(diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))))
    {
    }

    /// <summary>Initializes a new instance with no diagnostics.</summary>
    public AgreementValidationException()
        : this(EquatableArray<Diagnostic>.Empty)
    {
    }

    /// <summary>Initializes a new instance with a message of one's own and no diagnostics.</summary>
    /// <param name="message">The message.</param>
    public AgreementValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message of one's own, the exception that caused it, and no diagnostics.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AgreementValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private AgreementValidationException(EquatableArray<Diagnostic> diagnostics)
        : base(Format(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the diagnostics, in document order: errors, warnings and information alike.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Formats diagnostics as the message lists them: a summary line, then one line per diagnostic.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The text.</returns>
    public static string Format(EquatableArray<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0;
        foreach (var d in diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else if (d.Severity == DiagnosticSeverity.Warning)
            {
                warnings++;
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Dokumentet är inte giltigt: {errors} fel, {warnings} varningar. / The document is not valid: {errors} errors, {warnings} warnings.");
        foreach (var d in diagnostics)
        {
            text.Append('\n').Append(FormatLine(d));
        }

        return text.ToString();
    }

    /// <summary>One diagnostic on one line: <c>ML1002 Error /commitments/0/targets/0 (12:7): svenska / English</c>, the place when read from text.</summary>
    private static string FormatLine(Diagnostic d)
    {
        var line = new StringBuilder();
        line.Append(d.Code).Append(' ').Append(d.Severity.ToString());
        line.Append(' ').Append(d.Pointer.Length == 0 ? "/" : d.Pointer);
        if (d is { Line: { } at, Column: { } column })
        {
            line.Append(CultureInfo.InvariantCulture, $" ({at}:{column})");
        }

        line.Append(": ").Append(d.Message.Swedish);
        if (d.Message.English is { } english)
        {
            line.Append(" / ").Append(english);
        }

        return line.ToString();
    }
}
