using System;
using System.Text.Json;

namespace Medborgarlofte.Json.Parsed;

/// <summary>
/// An input parsed once, strictly, into a <see cref="JsonTape"/>, which the readers, the generated schema checks and
/// the document order read. A <see cref="JsonDocument"/> of the same bytes is made only when something asks for
/// one: the schema interpreter, for a document the generated check refuses.
/// </summary>
internal sealed class ParsedJson : IDisposable
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly JsonDocumentOptions _documentOptions;
    private JsonDocument? _document;

    internal ParsedJson(JsonTape tape, ReadOnlyMemory<byte> utf8, JsonReaderOptions options)
    {
        Tape = tape;
        _utf8 = utf8;

        // The tape has refused duplicate names already.
        _documentOptions = new JsonDocumentOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = options.CommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
            AllowDuplicateProperties = true,
        };
    }

    internal JsonTape Tape { get; }

    internal TapeElement Root => Tape.Root;

    /// <summary>Gets a <see cref="JsonDocument"/> of the same bytes, parsed on first use.</summary>
    internal JsonDocument Document => _document ??= JsonDocument.Parse(_utf8, _documentOptions);

    public void Dispose()
    {
        _document?.Dispose();
        Tape.Dispose();
    }
}
