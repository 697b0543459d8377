using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Tests.Support;

namespace Medborgarlofte.Tests.Schema;

/// <summary>A case where an oracle is wrong: its name with the RFC clause, and the library's answer there.</summary>
/// <param name="Name">The case and the clause.</param>
/// <param name="LibraryAnswer">Whether the library's diagnostics are its right answer.</param>
internal sealed record OracleFault(string Name, Func<IReadOnlyList<Diagnostic>, bool> LibraryAnswer);

/// <summary>
/// The known faults of the two oracles, measured here (see the issue and docs/schema.md). Each names
/// one narrow case by the value it is about, never a whole keyword or format.
/// </summary>
internal static class OracleFaults
{
    /// <summary>Gets JsonSchema.Net's instance location as an RFC 6901 pointer.</summary>
    internal static string SchemaNetLocation(SchemaNetError error) => error.InstanceLocation;

    private static readonly OracleFault LoneSurrogate = new(
        "JsonSchema.Net 8.0.5 throws on a string with a lone surrogate escape (\\ud800); RFC 8259 §8.2: such a string is not Unicode text; the library refuses the document (ML0004, or ML0003 when a limit is met first)",
        library => library.Any(d => d.Code is "ML0004" or "ML0003"));

    private static readonly OracleFault InvalidUtf8 = new(
        "JsonSchema.Net 8.0.5 throws on a string of invalid UTF-8; RFC 8259 §8.1: JSON text is UTF-8; the library rejects it, ML0004",
        library => library.Any(d => d.Code == "ML0004"));

    private static readonly OracleFault TooDeep = new(
        "JsonSchema.Net 8.0.5 throws when it writes an error about a deeply nested value (System.Text.Json's default 64 levels); RFC 8259 §9 lets an implementation limit nesting, not a validator fail; the library rejects the document (Ajv still checks it)",
        library => library.Count > 0);

    private static readonly OracleFault EmailTimeout = new(
        "JsonSchema.Net 8.0.5's email format is a regular expression with a time limit: on a busy machine it times out and calls a valid address invalid (evaluated again, it accepts); the library accepts the address",
        library => true);

    /// <summary>Whether the error is JsonSchema.Net's <c>email</c> format.</summary>
    internal static bool IsEmailFormat(SchemaNetError error) =>
        error.Keyword == "format" && error.Message.Contains("\"email\"", StringComparison.Ordinal);

    /// <summary>
    /// Evaluates again, up to three times, a document whose email JsonSchema.Net rejected: where a later
    /// evaluation accepts the address, the rejection was its time limit, and it is dropped, named.
    /// </summary>
    internal static SchemaNetVerdict SchemaNetEmailRetried(SchemaNetVerdict verdict, Func<SchemaNetVerdict> evaluate, Action<OracleFault, object, IReadOnlyList<Diagnostic>> excuse, object doc, IReadOnlyList<Diagnostic> library)
    {
        var errors = verdict.Errors.ToList();
        foreach (var email in verdict.Errors.Where(IsEmailFormat).ToList())
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var again = evaluate();
                if (again.Threw is null && !again.Errors.Any(e => IsEmailFormat(e) && e.InstanceLocation == email.InstanceLocation))
                {
                    errors.RemoveAll(e => IsEmailFormat(e) && e.InstanceLocation == email.InstanceLocation);
                    excuse(EmailTimeout, doc, library);
                    break;
                }
            }
        }

        return verdict with { Errors = errors };
    }

    /// <summary>Names the case where JsonSchema.Net threw, or null when it is not a known fault.</summary>
    internal static OracleFault? SchemaNetThrew(JsonElement root, Exception threw) => threw switch
    {
        InvalidOperationException e when e.Message.Contains("UTF-16", StringComparison.Ordinal) => LoneSurrogate,
        InvalidOperationException e when e.Message.Contains("invalid UTF-8", StringComparison.Ordinal) => InvalidUtf8,
        JsonException e when e.Message.StartsWith("The object or value could not be serialized", StringComparison.Ordinal) && HasLoneSurrogate(root) => LoneSurrogate,
        JsonException e when e.Message.StartsWith("The object or value could not be serialized", StringComparison.Ordinal) && Depth(root) > 32 => TooDeep,
        _ => null,
    };

    /// <summary>Whether some string or name cannot be read as UTF-16 text (System.Text.Json throws for a lone surrogate).</summary>
    private static bool HasLoneSurrogate(JsonElement root)
    {
        try
        {
            ReadAll(root);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void ReadAll(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAll(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAll(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>Names the case where an oracle rejects what the library accepts, or null.</summary>
    internal static OracleFault? Rejection(string oracle, string pointer, string what, JsonElement root) => null;
}
