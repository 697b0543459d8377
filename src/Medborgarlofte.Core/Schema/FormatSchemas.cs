using System;
using System.Text;

namespace Medborgarlofte.Schema;

/// <summary>
/// The format's schema compiled once per process: the agreement (the schema's root) and the
/// follow-up document (its embedded resource <see cref="FormatSchema.FollowUpId"/>).
/// </summary>
internal static class FormatSchemas
{
    private static readonly Lazy<JsonSchema> AgreementSchema = new(() => Compile(FormatSchema.Utf8Json.Span));

    // The follow-up part is reached through a wrapper that refers to its $id and embeds the whole schema.
    private static readonly Lazy<JsonSchema> FollowUpSchema = new(() => Compile(Wrapper(FormatSchema.FollowUpId)));

    internal static JsonSchema Agreement => AgreementSchema.Value;

    internal static JsonSchema FollowUp => FollowUpSchema.Value;

    private static JsonSchema Compile(ReadOnlySpan<byte> utf8)
    {
        var loaded = JsonSchema.Load(utf8, FormatSchema.Id);
        return loaded.Schema ?? throw new InvalidOperationException("The embedded schema does not compile: " + string.Join("; ", loaded.Errors));
    }

    private static byte[] Wrapper(string id)
    {
        var text = new StringBuilder();
        text.Append("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"urn:medborgarlofte:wrapper\",\"$ref\":\"").Append(id).Append("\",\"$defs\":{\"format\":");
        text.Append(FormatSchema.Text);
        text.Append("}}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
