using System;
using System.Globalization;
using System.Text;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Json.Formats;

/// <summary>
/// Checks of values beyond their JSON type, named by the declarations of the properties they apply to: together
/// with the reader they are everything the published schema forbids. A value of the wrong format is reported and
/// kept (<see cref="ReadContext.Invalid"/>), so validation's rules still judge the rest of the document; each keeps
/// the code users have always seen for it.
/// </summary>
internal static class ValueChecks
{
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static readonly LocalizedText IdHint = SchemaRule("$defs/id/pattern");
    private static readonly LocalizedText EmailHint = SchemaRule("$defs/contact/properties/email/format");
    private static readonly LocalizedText UriHint = SchemaRule("$defs/url/format");

    /// <summary>An observed count: zero or more.</summary>
    internal static bool NonNegativeCount(decimal value, ReadContext c) =>
        value >= 0 || c.Fail(DiagnosticCodes.InvalidNumber, "Ett observerat antal kan inte vara negativt.", "An observed count cannot be negative.");

    /// <summary>ML2005: an id (the schema's <c>id</c>) is ASCII letters, digits and <c>. _ : -</c>, starting with a letter or digit.</summary>
    internal static bool Id(string value, ReadContext c) =>
        IdFormat.IsId(value) || c.Invalid(
            DiagnosticCodes.WrongForm,
            new($"Texten matchar inte mönstret \"{IdFormat.Pattern}\".", $"Text does not match the pattern \"{IdFormat.Pattern}\"."),
            IdHint);

    /// <summary>ML2006: an RFC 5321 mailbox (the schema's <c>format: email</c>).</summary>
    internal static bool Email(string value, ReadContext c) =>
        OnUtf8(value, EmailFormat.IsEmail) || c.Invalid(DiagnosticCodes.InvalidFormat, new("Texten är inte en giltig e-postadress.", "Text is not a valid email address."), EmailHint);

    /// <summary>ML2006: an absolute RFC 3986 URI (the schema's <c>url</c>, <c>format: uri</c>).</summary>
    internal static bool Uri(string value, ReadContext c) =>
        OnUtf8(value, UriFormat.IsUri) || c.Invalid(DiagnosticCodes.InvalidFormat, new("Texten är inte en giltig absolut URI.", "Text is not a valid absolute URI."), UriHint);

    /// <summary>ML4003: a kommunkod has four digits; whether it is one of SCB's 290 is validation's (the same code).</summary>
    internal static bool MunicipalityCode(string value, ReadContext c) =>
        IsMunicipalityCodeForm(value) || c.Invalid(
            DiagnosticCodes.UnknownMunicipalityCode,
            new($"\"{value}\" är inte en av SCB:s 290 kommunkoder.", $"\"{value}\" is not one of SCB's 290 municipality codes."),
            new("Kommunkoden har fyra siffror, de två första är länskoden (Båstad: 1278).", "The code has four digits, the first two the county's (Båstad: 1278)."));

    /// <summary>ML4006: an organisationsnummer has the form NNNNNN-NNNN; its Luhn check digit is validation's (the same code).</summary>
    internal static bool OrganisationNumber(string value, ReadContext c) =>
        OrganisationNumbers.IsWellFormed(value) || c.Invalid(
            DiagnosticCodes.InvalidOrganisationNumber,
            new($"\"{value}\" har inte formen NNNNNN-NNNN.", $"\"{value}\" is not of the form NNNNNN-NNNN."),
            new("Skriv tio siffror med bindestreck efter den sjätte (202100-0076).", "Write ten digits with a hyphen after the sixth (202100-0076)."));

    /// <summary>ML7006: a recorded content hash has the form <c>sha256:</c> and 64 lower-case hexadecimal digits; whether it matches is validation's.</summary>
    internal static bool ContentHash(string value, ReadContext c) =>
        IsContentHashForm(value) || c.Invalid(
            DiagnosticCodes.ContentChangedSinceSigning,
            new($"\"{value}\" är ingen innehållshash: den skrivs sha256: följt av 64 hexadecimala tecken (gemener).", $"\"{value}\" is not a content hash: it is written sha256: followed by 64 hexadecimal digits (lower case)."),
            new("Ange hashen av det underskrivna innehållet (ContentHash.Compute), eller utelämna contentHash.", "Give the hash of the content signed (ContentHash.Compute), or leave contentHash out."));

    /// <summary>ML6001: a target's value is greater than zero ("minst 0 trafikkontroller" promises nothing).</summary>
    internal static bool PositiveTargetValue(decimal value, ReadContext c)
    {
        if (value > 0)
        {
            return true;
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return c.Invalid(
            DiagnosticCodes.NonPositiveTargetValue,
            new($"Målvärdet {text} är inte större än noll; målet lovar ingenting.", $"The target value {text} is not greater than zero; the target promises nothing."),
            new("Ett mål om att minska något skrivs med atMost och det högsta tillåtna antalet.", "A target to reduce something is written with atMost and the highest number allowed."));
    }

    /// <summary>The schema's <c>^[0-9]{4}$</c>.</summary>
    internal static bool IsMunicipalityCodeForm(string value) => value.Length == 4 && !value.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>The schema's <c>^sha256:[0-9a-f]{64}$</c>.</summary>
    internal static bool IsContentHashForm(string value) =>
        value.Length == 71 && value.StartsWith("sha256:", StringComparison.Ordinal) && !value.AsSpan(7).ContainsAnyExcept(LowerHex);

    /// <summary>Runs an RFC check written for UTF-8 bytes on a string read.</summary>
    private static bool OnUtf8(string value, Utf8Check check)
    {
        const int OnStack = 256;
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> bytes = length <= OnStack ? stackalloc byte[OnStack] : new byte[length];
        var written = Encoding.UTF8.GetBytes(value, bytes);
        return check(bytes[..written]);
    }

    // "The schema's rule": where the published schema says the same, for tools in other languages.
    private static LocalizedText SchemaRule(string path) =>
        new($"Schemats regel: {FormatSchema.Id}#/{path}", $"The schema's rule: {FormatSchema.Id}#/{path}");

    private delegate bool Utf8Check(ReadOnlySpan<byte> text);
}
