using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Medborgarlofte.Validation;

namespace Medborgarlofte.Cli.Output;

/// <summary>
/// Writes validation reports as SARIF 2.1.0, so that a CI system shows each problem on its line:
/// one run, the rule catalogue as the driver's rules, one result per diagnostic with the file,
/// the line and column, and the JSON Pointer as the logical location.
/// </summary>
internal static class SarifWriter
{
    internal const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    // The writer's buffer goes to the output every so many bytes, so that a long report is never held whole.
    private const int FlushEvery = 16 * 1024;

    internal static void Write(Stream output, IReadOnlyList<FileReport> files)
    {
        var catalogue = new List<DiagnosticDescriptor>(DiagnosticCodes.ReadingCodes);
        catalogue.AddRange(DiagnosticCodes.RuleCodes);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in catalogue)
        {
            known.Add(descriptor.Code);
        }

        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var diagnostic in file.Report.Diagnostics)
            {
                if (known.Add(diagnostic.Code))
                {
                    // An added rule's code: described by its code alone.
                    catalogue.Add(new DiagnosticDescriptor(diagnostic.Code, diagnostic.Severity, new(diagnostic.Code, diagnostic.Code)));
                }
            }
        }

        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "medborgarlofte");
        w.WriteString("fullName", "Medborgarlofte.Core validation");
        w.WriteString("version", AgreementValidator.LibraryVersion);
        w.WriteString("semanticVersion", AgreementValidator.LibraryVersion);
        w.WriteString("language", "sv");
        w.WriteStartArray("rules");
        for (var i = 0; i < catalogue.Count; i++)
        {
            var rule = catalogue[i];
            ruleIndex[rule.Code] = i;
            w.WriteStartObject();
            w.WriteString("id", rule.Code);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", $"{rule.Title.Swedish} / {rule.Title.English}");
            w.WriteEndObject();
            if (rule.Description is { } description)
            {
                w.WriteStartObject("fullDescription");
                w.WriteString("text", $"{description.Swedish} / {description.English}");
                w.WriteEndObject();
            }

            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("artifacts");
        foreach (var file in files)
        {
            w.WriteStartObject();
            w.WriteStartObject("location");
            w.WriteString("uri", ToUri(file.Path));
            w.WriteEndObject();
            w.WriteString("mimeType", "application/json");
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("results");
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            foreach (var diagnostic in file.Report.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", diagnostic.Code);
                w.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
                w.WriteString("level", Level(diagnostic.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", $"{diagnostic.Message.Swedish} / {diagnostic.Message.English ?? diagnostic.Message.Swedish}");
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", ToUri(file.Path));
                w.WriteNumber("index", f);
                w.WriteEndObject();
                if (diagnostic is { Line: { } line, Column: { } column })
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", line);
                    w.WriteNumber("startColumn", column);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", diagnostic.Pointer);
                w.WriteString("kind", "element");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                if (diagnostic.Hint is { } hint)
                {
                    w.WriteStartObject("properties");
                    w.WriteString("hint", $"{hint.Swedish} / {hint.English ?? hint.Swedish}");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                if (w.BytesPending > FlushEvery)
                {
                    w.Flush();
                }
            }
        }

        w.WriteEndArray();

        w.WriteStartObject("properties");
        w.WriteString("schemaVersion", AgreementValidator.SchemaVersion);
        w.WriteString("ruleSetVersion", ValidationRules.Version);
        if (files.Count > 0)
        {
            w.WriteString("asOf", NodaTime.Text.LocalDatePattern.Iso.Format(files[0].Report.Provenance.AsOf));
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    internal static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference with forward slashes, each segment escaped.</summary>
    internal static string ToUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        var uri = string.Join('/', segments);
        return Path.IsPathRooted(path) ? "file://" + (uri.StartsWith('/') ? uri : "/" + uri) : uri;
    }
}
