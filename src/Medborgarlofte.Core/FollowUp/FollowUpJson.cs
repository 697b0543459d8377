using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte.FollowUp;

/// <summary>
/// Reads and writes follow-up documents, with the same strictness and canonical writing as
/// <see cref="AgreementJson"/>: bad input gives diagnostics with JSON Pointers, never an exception.
/// </summary>
public static class FollowUpJson
{
    /// <summary>Reads a follow-up document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The document, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<FollowUpDocument> Read(string json, JsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>Reads a follow-up document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The document, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<FollowUpDocument> Read(ReadOnlyMemory<byte> utf8Json, JsonLimits? limits = null)
    {
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>Reads a follow-up document from a stream of UTF-8 JSON, read to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The document, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<FollowUpDocument> Read(Stream utf8Json, JsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>
    /// Reads a follow-up document from a stream of UTF-8 JSON asynchronously, up to one byte past
    /// <see cref="JsonLimits.MaxInputBytes"/> and never further.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The document, or the diagnostics that prevented reading it; a failing read is one of them.</returns>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ReadResult<FollowUpDocument>> ReadAsync(Stream utf8Json, JsonLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = await JsonInput.ParseAsync(utf8Json, limits ?? JsonLimits.Default, context, cancellationToken).ConfigureAwait(false);
        return Finish(document, context);
    }

    /// <summary>Reads a follow-up document from an already parsed JSON value.</summary>
    /// <param name="element">The root value.</param>
    /// <param name="limits">Limits on depth, strings and arrays; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The document, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<FollowUpDocument> Read(JsonElement element, JsonLimits? limits = null)
    {
        var context = new ReadContext();
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            // No value at all (a default element): the reader reports what it expected.
            var nothing = FollowUpReader.Read(default, context);
            return new ReadResult<FollowUpDocument>(context.HasErrors ? null : nothing, [.. context.Diagnostics]);
        }

        using var parsed = JsonInput.FromElement(element, limits ?? JsonLimits.Default, context);
        return Finish(parsed, context);
    }

    /// <summary>Writes a follow-up document as canonical UTF-8 JSON.</summary>
    /// <param name="followUp">The document.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    public static byte[] WriteToUtf8Bytes(FollowUpDocument followUp)
    {
        Preconditions.CheckSound(followUp, nameof(followUp));
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriteHelpers.CanonicalOptions))
        {
            FollowUpWriter.Write(writer, followUp);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a follow-up document as canonical JSON text.</summary>
    /// <param name="followUp">The document.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(FollowUpDocument followUp) => Encoding.UTF8.GetString(WriteToUtf8Bytes(followUp));

    private static ReadResult<FollowUpDocument> Finish(Medborgarlofte.Json.Parsed.ParsedJson? document, ReadContext context)
    {
        var followUp = document is null ? null : FollowUpReader.Read(document.Root, context);
        DocumentOrder.Locate(context.Diagnostics, document?.Root);
        context.CloseDiagnostics();
        EquatableArray<Diagnostic> diagnostics = [.. context.Diagnostics];
        return new ReadResult<FollowUpDocument>(context.HasErrors ? null : followUp, diagnostics);
    }
}
