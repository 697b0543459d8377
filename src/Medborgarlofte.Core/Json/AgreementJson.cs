using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Medborgarlofte.Internal;
using Medborgarlofte.Json;

namespace Medborgarlofte;

/// <summary>
/// Reads and writes agreements in the format's JSON. Reading is strict and never throws for bad
/// input: it returns a <see cref="ReadResult{T}"/> with a diagnostic for each problem, each with a
/// JSON Pointer. Writing is canonical: for a canonical file, writing what was read gives the same bytes.
/// </summary>
public static class AgreementJson
{
    /// <summary>Reads an agreement from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The agreement, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<Agreement> Read(string json, JsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>Reads an agreement from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The agreement, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<Agreement> Read(ReadOnlyMemory<byte> utf8Json, JsonLimits? limits = null)
    {
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>Reads an agreement from a stream of UTF-8 JSON, read to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The agreement, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<Agreement> Read(Stream utf8Json, JsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = JsonInput.Parse(utf8Json, limits ?? JsonLimits.Default, context);
        return Finish(document, context);
    }

    /// <summary>
    /// Reads an agreement from a stream of UTF-8 JSON asynchronously (a request body, where synchronous reads are
    /// not allowed), up to one byte past <see cref="JsonLimits.MaxInputBytes"/> and never further.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Input limits; <see cref="JsonLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The agreement, or the diagnostics that prevented reading it; a failing read is one of them.</returns>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<ReadResult<Agreement>> ReadAsync(Stream utf8Json, JsonLimits? limits = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var context = new ReadContext();
        using var document = await JsonInput.ParseAsync(utf8Json, limits ?? JsonLimits.Default, context, cancellationToken).ConfigureAwait(false);
        return Finish(document, context);
    }

    /// <summary>Reads an agreement from an already parsed JSON value.</summary>
    /// <param name="element">The root value.</param>
    /// <param name="limits">Limits on depth, strings and arrays; <see cref="JsonLimits.Default"/> when null.</param>
    /// <returns>The agreement, or the diagnostics that prevented reading it.</returns>
    public static ReadResult<Agreement> Read(JsonElement element, JsonLimits? limits = null)
    {
        var context = new ReadContext();
        limits ??= JsonLimits.Default;
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            // No value at all (a default element): the reader reports what it expected.
            return Result(AgreementReader.ReadAgreement(default, context), context);
        }

        using var parsed = JsonInput.FromElement(element, limits, context);
        return Finish(parsed, context, fromText: false);
    }

    /// <summary>Writes an agreement as canonical UTF-8 JSON.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    public static byte[] WriteToUtf8Bytes(Agreement agreement)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(agreement, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an agreement as canonical JSON text.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Agreement agreement) => Encoding.UTF8.GetString(WriteToUtf8Bytes(agreement));

    /// <summary>Writes an agreement as canonical UTF-8 JSON to a stream.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="utf8Json">The stream written to.</param>
    public static void Write(Agreement agreement, Stream utf8Json)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var writer = new Utf8JsonWriter(utf8Json, WriteHelpers.CanonicalOptions);
        AgreementWriter.Write(writer, agreement);
        writer.Flush();
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes an agreement with a writer the caller owns (to embed it in a larger document): the canonical
    /// properties in canonical order, formatted by the writer's options. No newline is written.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="writer">The writer.</param>
    public static void Write(Agreement agreement, Utf8JsonWriter writer)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckNotNull(writer, nameof(writer));
        AgreementWriter.Write(writer, agreement);
    }

    /// <summary>Writes an agreement as canonical UTF-8 JSON to a buffer.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="utf8Json">The buffer written to.</param>
    public static void Write(Agreement agreement, IBufferWriter<byte> utf8Json)
    {
        Preconditions.CheckSound(agreement, nameof(agreement));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using (var writer = new Utf8JsonWriter(utf8Json, WriteHelpers.CanonicalOptions))
        {
            AgreementWriter.Write(writer, agreement);
        }

        utf8Json.Write("\n"u8);
    }

    // fromText: whether the input was text, whose lines and columns the diagnostics get; not a caller's element.
    private static ReadResult<Agreement> Finish(Medborgarlofte.Json.Parsed.ParsedJson? document, ReadContext context, bool fromText = true)
    {
        var agreement = document is null ? null : AgreementReader.ReadAgreement(document.Root, context);
        if (fromText)
        {
            DocumentOrder.Locate(context.Diagnostics, document?.Root);
        }

        return Result(agreement, context);
    }

    private static ReadResult<Agreement> Result(Agreement? agreement, ReadContext context)
    {
        context.CloseDiagnostics();
        return new(context.HasErrors ? null : agreement, ToArray(context.Diagnostics));
    }

    private static EquatableArray<Diagnostic> ToArray(List<Diagnostic> diagnostics) => [.. diagnostics];
}
