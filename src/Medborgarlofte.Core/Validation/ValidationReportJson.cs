using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte;

/// <summary>
/// Writes a <see cref="ValidationReport"/> as JSON (schema <c>schemas/validation-report.schema.json</c>,
/// <c>urn:medborgarlofte:validation-report:1.0</c>) so that integrators can store it beside the document.
/// Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
public static class ValidationReportJson
{
    /// <summary>The <c>$id</c> of the report's JSON Schema.</summary>
    public const string SchemaId = "urn:medborgarlofte:validation-report:1.0";

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">Where the document came from (a file name or URI), or <see langword="null"/>.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(ValidationReport report, string? source = null) => Encoding.UTF8.GetString(WriteToUtf8Bytes(report, source));

    /// <summary>Writes a report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">Where the document came from (a file name or URI), or <see langword="null"/>.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    public static byte[] WriteToUtf8Bytes(ValidationReport report, string? source = null)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriteHelpers.CanonicalOptions))
        {
            Write(report, writer, source);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream written to.</param>
    /// <param name="source">Where the document came from (a file name or URI), or <see langword="null"/>.</param>
    public static void Write(ValidationReport report, Stream utf8Json, string? source = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        utf8Json.Write(WriteToUtf8Bytes(report, source));
    }

    /// <summary>Writes a report as one JSON object with a writer the caller owns (to embed reports in a larger document).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer.</param>
    /// <param name="source">Where the document came from (a file name or URI), or <see langword="null"/>.</param>
    public static void Write(ValidationReport report, Utf8JsonWriter writer, string? source = null)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        Preconditions.CheckNotNull(report, nameof(report));
        writer.WriteStartObject();
        writer.WriteString("reportVersion", ValidationReport.FormatVersion);
        writer.WriteBoolean("valid", report.IsValid);
        if (source is not null)
        {
            writer.WriteString("source", source);
        }

        var provenance = report.Provenance;
        writer.WriteStartObject("provenance");
        writer.WriteString("library", "Medborgarlofte.Core");
        writer.WriteString("libraryVersion", provenance.LibraryVersion);
        writer.WriteString("schemaVersion", provenance.SchemaVersion);
        writer.WriteString("ruleSetVersion", provenance.RuleSetVersion);
        writer.WriteString("asOf", IsoDate.Format(provenance.AsOf));
        writer.WriteEndObject();

        if (report.Agreement is { } agreement)
        {
            writer.WriteStartObject("document");
            writer.WriteString("id", agreement.Id);
            if (agreement.Revision is { } revision)
            {
                writer.WriteNumber("revision", revision.Number);
                writer.WriteString("status", ModelCodes.RevisionStatuses.ToCode(revision.Status));
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("counts");
        writer.WriteNumber("errors", report.ErrorCount);
        writer.WriteNumber("warnings", report.WarningCount);
        writer.WriteNumber("info", report.InfoCount);
        writer.WriteEndObject();

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", SeverityName(diagnostic.Severity));
            writer.WriteString("pointer", diagnostic.Pointer);
            if (diagnostic is { Line: { } line, Column: { } column })
            {
                writer.WriteNumber("line", line);
                writer.WriteNumber("column", column);
            }

            writer.WritePropertyName("message");
            WriteHelpers.Localized(writer, diagnostic.Message);
            WriteHelpers.Localized(writer, "hint", diagnostic.Hint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Gets the JSON name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity."),
    };
}
