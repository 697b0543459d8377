using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json;

/// <summary>
/// Turns input (text, UTF-8 bytes, a stream) into a parsed <see cref="JsonDocument"/> or
/// diagnostics: limits, encoding, a byte order mark, syntax and duplicate properties.
/// </summary>
internal static class JsonInput
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Parses UTF-8 bytes. The document, when returned, must be disposed by the caller.</summary>
    internal static ParsedJson? Parse(ReadOnlyMemory<byte> utf8, JsonLimits limits, ReadContext c)
    {
        c.Cap.Max = limits.MaxDiagnostics;
        if (utf8.Length > limits.MaxInputBytes)
        {
            c.Report(DiagnosticCodes.LimitExceeded, string.Empty, $"Indata är {utf8.Length} byte; gränsen är {limits.MaxInputBytes}.", $"The input is {utf8.Length} bytes; the limit is {limits.MaxInputBytes}.");
            return null;
        }

        if (utf8.Span.StartsWith(Utf8Bom))
        {
            c.Report(DiagnosticCodes.ByteOrderMark, string.Empty, "Indata börjar med en byte order mark (BOM), som hoppades över.", "The input starts with a byte order mark (BOM), which was skipped.");
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            var offset = FirstInvalidUtf8(utf8.Span);
            c.Report(DiagnosticCodes.InvalidEncoding, string.Empty, $"Indata är inte giltig UTF-8 (byte {offset}).", $"The input is not valid UTF-8 (byte {offset}).");
            return null;
        }

        // Strings and arrays are measured before a document is built, so that nothing is built for them; an input
        // too short to break a limit, without surrogate escapes, needs no measuring pass. The measuring pass is a
        // pass of the grammar, so it finds a syntax error too.
        if (!JsonLimitScanner.CannotExceed(utf8.Span, limits))
        {
            var within = JsonLimitScanner.Scan(utf8, limits, c, out var early);
            if (early is { } malformed)
            {
                ReportSyntax(utf8.Span, limits, malformed, c);
                return null;
            }

            if (!within)
            {
                return null;
            }
        }

        // One pass of the library's own grammar checks the text, its depth and its names and builds the tape, without throwing.
        if (JsonTape.ParseStrict(utf8, limits.MaxDepth, out var syntax) is { } tape)
        {
            return new ParsedJson(tape, utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        }

        // The parse stops at a name given twice, so the rest of the text is checked before duplicates are reported:
        // a syntax error anywhere comes first.
        if (syntax is { } error || JsonSyntax.TryFindError(utf8.Span, limits.MaxDepth, out error))
        {
            ReportSyntax(utf8.Span, limits, error, c);
            return null;
        }

        // Well-formed, within the limits, but an object names a property twice.
        using var lenient = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowDuplicateProperties = true });
        ReportDuplicates(lenient.RootElement, c);
        return null;
    }

    private static void ReportSyntax(ReadOnlySpan<byte> utf8, JsonLimits limits, JsonSyntaxError error, ReadContext c)
    {
        // Too many brackets opened is told as depth even when the text breaks off before it gets there.
        if (error.Kind == JsonSyntaxErrorKind.TooDeep || JsonSyntax.ExceedsDepth(utf8, limits.MaxDepth))
        {
            ReportDepth(limits, c);
            return;
        }

        var reason = error.Reason(utf8);
        c.Report(
            DiagnosticCodes.InvalidJson,
            string.Empty,
            $"Ogiltig JSON på rad {error.Line}, position {error.Column}: {reason.Swedish}.",
            $"Invalid JSON at line {error.Line}, position {error.Column}: {reason.English}.");
        if (c.Diagnostics.Count > 0 && c.Diagnostics[^1].Code == DiagnosticCodes.InvalidJson.Code)
        {
            var (line, column) = TextLocations.Of(utf8, error.Offset);
            c.Diagnostics[^1] = c.Diagnostics[^1] with { Line = line, Column = column };
        }
    }

    /// <summary>
    /// Checks the raw text of a caller's already parsed value against the limits (<see cref="CheckLimits"/>) and
    /// parses it into a tape; null when it breaks a limit or cannot be read, with the diagnostics in
    /// <paramref name="c"/>. The caller's parser may have allowed comments, trailing commas and names given twice;
    /// the first two are skipped, the last is reported as in any other input.
    /// </summary>
    internal static ParsedJson? FromElement(JsonElement element, JsonLimits limits, ReadContext c)
    {
        c.Cap.Max = limits.MaxDiagnostics;
        // One copy of the raw text serves the limit scan and the tape, which keeps it.
        var utf8 = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element).ToArray();
        if (!CheckLimits(utf8, limits, c))
        {
            return null;
        }

        var options = new JsonReaderOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        try
        {
            if (JsonTape.Parse(utf8, options) is { } tape)
            {
                return new ParsedJson(tape, utf8, options);
            }

            // The element was parsed and its limits checked already, so what the tape refuses is a name given twice.
            ReportDuplicates(element, c);
            return null;
        }
        catch (JsonException e)
        {
            // Not reached for an element its parser accepted; kept so that anything else is still reported rather than dropped.
            if (!ReportDuplicates(element, c))
            {
                c.Report(DiagnosticCodes.InvalidJson, string.Empty, $"Värdet kunde inte läsas: {e.Message}", $"The value could not be read: {e.Message}");
            }

            return null;
        }
    }

    /// <summary>
    /// Checks the raw bytes of an already parsed value against the limits (depth, strings, arrays) and for invalid
    /// UTF-8 and lone surrogates.
    /// The caller's parser options may have allowed comments and trailing commas; they are skipped here.
    /// </summary>
    private static bool CheckLimits(byte[] raw, JsonLimits limits, ReadContext c)
    {
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            // JsonDocument does not check the UTF-8 inside strings; decoding them later would throw.
            var offset = FirstInvalidUtf8(raw);
            c.Report(DiagnosticCodes.InvalidEncoding, string.Empty, $"Värdet är inte giltig UTF-8 (byte {offset}).", $"The value is not valid UTF-8 (byte {offset}).");
            return false;
        }

        // The caller's parser may allow deeper nesting than the limits; told here without the reader's exception.
        if (JsonSyntax.ExceedsDepth(raw, limits.MaxDepth))
        {
            ReportDepth(limits, c);
            return false;
        }

        var options = new JsonReaderOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return JsonLimitScanner.ScanParsed(raw, limits, options, c);
    }

    internal static ParsedJson? Parse(string json, JsonLimits limits, ReadContext c)
    {
        c.Cap.Max = limits.MaxDiagnostics;
        if (json.Length > limits.MaxInputBytes)
        {
            // Every character is at least one byte: too large before anything is encoded.
            c.Report(DiagnosticCodes.LimitExceeded, string.Empty, $"Indata är minst {json.Length} byte; gränsen är {limits.MaxInputBytes}.", $"The input is at least {json.Length} bytes; the limit is {limits.MaxInputBytes}.");
            return null;
        }

        // Encoding.UTF8 would replace a lone surrogate with U+FFFD, silently changing the caller's text; a strict
        // encoding would throw. The count is exact for valid text, and room enough for the rest.
        var utf8 = new byte[Encoding.UTF8.GetByteCount(json)];
        if (System.Text.Unicode.Utf8.FromUtf16(json, utf8, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            c.Report(DiagnosticCodes.InvalidEncoding, string.Empty, $"Texten innehåller ett ensamt surrogattecken (tecken {read}).", $"The text holds a lone surrogate (character {read}).");
            return null;
        }

        return Parse(utf8.AsMemory(0, written), limits, c);
    }

    /// <summary>Reads a whole stream into memory, up to one byte past the size limit and never further, then parses it.</summary>
    internal static ParsedJson? Parse(Stream stream, JsonLimits limits, ReadContext c)
    {
        try
        {
            var buffer = new BoundedInput(stream, limits);
            while (buffer.Append(stream.Read(buffer.Free)))
            {
            }

            return buffer.Finish(limits, c);
        }
        catch (IOException e)
        {
            ReportUnreadable(e, c);
            return null;
        }
    }

    /// <summary>
    /// Reads a whole stream asynchronously (a request body under a host that forbids synchronous reads), up to one
    /// byte past the size limit and never further, then parses it. Cancellation throws; a failing read is reported.
    /// </summary>
    internal static async System.Threading.Tasks.Task<ParsedJson?> ParseAsync(Stream stream, JsonLimits limits, ReadContext c, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var buffer = new BoundedInput(stream, limits);
            while (buffer.Append(await stream.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false)))
            {
            }

            return buffer.Finish(limits, c);
        }
        catch (IOException e)
        {
            // A client that goes away mid-body ends here too (Kestrel's exceptions for it are IOExceptions).
            cancellationToken.ThrowIfCancellationRequested();
            ReportUnreadable(e, c);
            return null;
        }
    }

    private static void ReportUnreadable(IOException e, ReadContext c) =>
        c.Report(DiagnosticCodes.InvalidJson, string.Empty, $"Indata kunde inte läsas: {e.Message}", $"The input could not be read: {e.Message}");

    private static void ReportDepth(JsonLimits limits, ReadContext c) =>
        c.Report(DiagnosticCodes.LimitExceeded, string.Empty, $"Dokumentet är djupare än gränsen {limits.MaxDepth} nivåer.", $"The document is nested deeper than the limit of {limits.MaxDepth} levels.");

    /// <summary>Reports each property whose name its object already has; returns whether there was one.</summary>
    private static bool ReportDuplicates(JsonElement root, ReadContext c)
    {
        var pointers = new List<string>();
        FindDuplicates(root, string.Empty, pointers);
        foreach (var pointer in pointers)
        {
            c.Report(DiagnosticCodes.DuplicateProperty, pointer, "Egenskapen förekommer mer än en gång i samma objekt.", "The property appears more than once in the same object.");
        }

        return pointers.Count > 0;
    }

    private static void FindDuplicates(JsonElement element, string pointer, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var child = JsonPointer.Append(pointer, property.Name);
                if (!seen.Add(property.Name))
                {
                    found.Add(child);
                }

                FindDuplicates(property.Value, child, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindDuplicates(item, JsonPointer.Append(pointer, index++), found);
            }
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, new char[utf8.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? -1 : read;
    }
}
