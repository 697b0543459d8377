using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The reader-only rules of docs/schema.md: what the strict reader rejects and no JSON Schema can say.
/// The differential test lets the library reject these where both validators accept.
/// </summary>
internal static class ReaderOnly
{
    /// <summary>The codes of input the oracles cannot even parse (not JSON, not UTF-8, too deep or large).</summary>
    private static readonly HashSet<string> Input = new(StringComparer.Ordinal) { "ML0001", "ML0003", "ML0004", "ML0006", "ML0007" };

    /// <summary>The codes that are reader-only wherever they occur.</summary>
    private static readonly HashSet<string> Always = new(StringComparer.Ordinal)
    {
        "ML0002", // a property twice in one object (RFC 8259 §4 leaves it open; JSON Schema sees one)
        "ML0003", // input limits: size, depth
        "ML0004", // invalid UTF-8 or a lone surrogate escape
        "ML0006", // a string longer than JsonLimits.MaxStringLength
        "ML0007", // an array longer than JsonLimits.MaxArrayLength
        "ML1008", // an interval that ends before it starts
    };

    /// <summary>The codes for which the reader refuses the document whole, reading nothing of it.</summary>
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal) { "ML0001", "ML0002", "ML0003", "ML0004", "ML0006", "ML0007" };

    internal static bool IsInput(string code) => Input.Contains(code);

    /// <summary>
    /// Whether the reader refused the document whole for <paramref name="code"/>: it is not read, so no
    /// other problem is reported; the rejection covers every pointer.
    /// </summary>
    internal static bool IsUnreadable(string code) => Unreadable.Contains(code);

    /// <summary>Whether <paramref name="diagnostic"/> is a reader-only rule for the value it points at.</summary>
    internal static bool Allows(Diagnostic diagnostic, JsonElement root) =>
        Always.Contains(diagnostic.Code)
        || (diagnostic.Code == "ML1007" && IsBeyondModel(Find(root, diagnostic.Pointer)))
        || (diagnostic.Code == "ML8005" && IsPatternButNoTag(diagnostic.Pointer));

    /// <summary>
    /// A language key that matches the schema's pattern but is no well-formed BCP 47 tag (RFC 5646 §2.1, §2.2.9:
    /// <c>en-a</c>, a singleton with no subtag after it; <c>en-fonipa-fonipa</c>, a variant twice).
    /// </summary>
    private static bool IsPatternButNoTag(string pointer)
    {
        var key = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.IsMatch(key, "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$") && !Medborgarlofte.LanguageTags.IsWellFormed(key);
    }

    /// <summary>
    /// A number the model cannot hold exactly: beyond <see cref="decimal"/>'s range or its 28 significant
    /// digits, or an integer beyond <see cref="int"/>. JSON (RFC 8259 §6) and JSON Schema set no limit.
    /// </summary>
    private static bool IsBeyondModel(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Number } number)
        {
            return false;
        }

        var raw = number.GetRawText();
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return true;
        }

        var exponent = raw.IndexOfAny(['e', 'E']);
        var written = exponent < 0 ? raw : raw[..exponent];
        var mantissa = written.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).Trim('0');
        if (mantissa.Length > 28 || (d == 0 && mantissa.Length > 0))
        {
            return true;
        }

        // Decimal places the value needs: those written, less the exponent; decimal keeps 28.
        var point = written.IndexOf('.', StringComparison.Ordinal);
        var places = point < 0 ? 0 : written[(point + 1)..].TrimEnd('0').Length;
        var power = exponent < 0 ? 0 : int.Parse(raw[(exponent + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (places - power > 28)
        {
            return true;
        }

        return d == decimal.Truncate(d) && (d > int.MaxValue || d < int.MinValue);
    }

    /// <summary>The value at an RFC 6901 pointer, or null.</summary>
    internal static JsonElement? Find(JsonElement root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return root;
        }

        var current = root;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
