using System;
using System.IO;
using System.Text;

namespace Medborgarlofte;

/// <summary>
/// The format's JSON Schema (draft 2020-12), shipped inside the library: the same bytes as
/// <c>schemas/medborgarlofte.schema.json</c> in the repository.
/// </summary>
/// <remarks>
/// The schema describes the structure of a document; the library's reader checks the same
/// structure and reports problems with codes and JSON Pointers. The <see cref="Id"/> carries the
/// <see cref="Version"/>: the minor version changes for additive changes, the major version for
/// breaking ones (see <c>docs/schema.md</c>).
/// </remarks>
public static class FormatSchema
{
    /// <summary>
    /// The version of the schema, which is the version of the format it describes
    /// (<see cref="Medborgarlofte.Agreement.CurrentFormatVersion"/>).
    /// </summary>
    public const string Version = "1.1";

    /// <summary>
    /// The schema's <c>$id</c>, <c>urn:medborgarlofte:schema:1.1</c>: a stable, versioned name.
    /// It is a URN because nothing is ever fetched from it.
    /// </summary>
    public const string Id = "urn:medborgarlofte:schema:" + Version;

    /// <summary>
    /// The <c>$id</c> of the follow-up document's part of the schema, <c>urn:medborgarlofte:followup:1.1</c>:
    /// an embedded schema resource (<c>$defs/followUpDocument</c>) in the same file as the agreement's
    /// schema, which it reuses by absolute reference. Validate a follow-up document (see
    /// <see cref="FollowUp.FollowUpDocument"/>) against this id, not against the file's root, which is the
    /// agreement.
    /// </summary>
    public const string FollowUpId = "urn:medborgarlofte:followup:" + Version;

    /// <summary>The name of the embedded resource that holds the schema.</summary>
    internal const string ResourceName = "Medborgarlofte.Schemas.medborgarlofte.schema.json";

    private static readonly Lazy<byte[]> Bytes = new(Load);

    private static readonly Lazy<string> Characters = new(() => Encoding.UTF8.GetString(Bytes.Value));

    /// <summary>Gets the schema as UTF-8 JSON (no byte order mark, <c>\n</c> line ends, a final newline).</summary>
    public static ReadOnlyMemory<byte> Utf8Json => Bytes.Value;

    /// <summary>Gets the schema as JSON text.</summary>
    public static string Text => Characters.Value;

    private static byte[] Load()
    {
        using var stream = typeof(FormatSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
