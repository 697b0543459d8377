using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Medborgarlofte.Internal;

namespace Medborgarlofte.Revisions;

/// <summary>
/// Writes an <see cref="AgreementDiff"/> as JSON (ändringar), for systems:
/// <c>{"older": {"id", "revision"}, "newer": {…}, "changes": [{"kind", "area", "id", "pointer", "before", "after"}]}</c>.
/// </summary>
/// <remarks>
/// <c>kind</c> is <c>added</c>, <c>removed</c> or <c>changed</c>; <c>area</c> is <c>parties</c>, <c>validity</c>,
/// <c>priorityAreas</c>, <c>commitments</c>, <c>targets</c>, <c>signatures</c>, <c>revision</c> or <c>other</c>;
/// <c>id</c>, <c>before</c> and <c>after</c> are left out when there is none. Written with
/// <see cref="Utf8JsonWriter"/>, without reflection.
/// </remarks>
public static class AgreementDiffJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the changes as UTF-8 JSON.</summary>
    /// <param name="diff">The changes.</param>
    /// <returns>The bytes, ending with a newline.</returns>
    public static byte[] WriteToUtf8Bytes(AgreementDiff diff)
    {
        Preconditions.CheckNotNull(diff, nameof(diff));
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            Document(w, "older", diff.OlderId, diff.OlderRevision);
            Document(w, "newer", diff.NewerId, diff.NewerRevision);
            w.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                w.WriteStartObject();
                w.WriteString("kind", ChangeCodes.Kind(change.Kind));
                w.WriteString("area", ChangeCodes.Area(change.Area));
                if (change.Id is not null)
                {
                    w.WriteString("id", change.Id);
                }

                w.WriteString("pointer", change.Pointer);
                if (change.Before is not null)
                {
                    w.WriteString("before", change.Before);
                }

                if (change.After is not null)
                {
                    w.WriteString("after", change.After);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the changes as JSON text.</summary>
    /// <param name="diff">The changes.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(AgreementDiff diff) => Encoding.UTF8.GetString(WriteToUtf8Bytes(diff));

    private static void Document(Utf8JsonWriter w, string name, string id, int revision)
    {
        w.WriteStartObject(name);
        w.WriteString("id", id);
        w.WriteNumber("revision", revision);
        w.WriteEndObject();
    }
}
