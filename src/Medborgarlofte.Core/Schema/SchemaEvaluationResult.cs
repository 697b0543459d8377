using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Medborgarlofte.Schema;

/// <summary>The outcome of evaluating one document: valid, or every error found in one pass.</summary>
internal sealed class SchemaEvaluationResult
{
    /// <summary>The shared result of every successful evaluation (so success allocates nothing).</summary>
    internal static readonly SchemaEvaluationResult Success = new([]);

    private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    internal SchemaEvaluationResult(IReadOnlyList<SchemaEvaluationError> errors)
    {
        Errors = errors;
    }

    /// <summary>True when the document satisfies the schema.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>All errors, in evaluation order; empty when valid.</summary>
    public IReadOnlyList<SchemaEvaluationError> Errors { get; }

    /// <summary>Writes the result in the "basic" output format (see <see cref="BasicOutput"/>).</summary>
    public void WriteBasicOutput(Utf8JsonWriter writer) => BasicOutput.Write(writer, this);

    /// <summary>The result as "basic" output JSON text (letters such as å, ä, ö are written as they are;
    /// characters that matter in HTML are still escaped).</summary>
    public string ToBasicOutputJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = indented, Encoder = ReadableEncoder };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            BasicOutput.Write(writer, this);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }
}
