using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// Runs the official JSON Schema test suite (draft 2020-12) against <see cref="JsonSchema"/>: every case of
/// every tests/draft2020-12/*.json file, and of optional/format/*.json for the asserted formats. Cases left out
/// are listed in <see cref="Exclusions"/> with a reason, and a separate theory checks that each of them really
/// behaves as the reason says (refused at load, or asserted where the suite expects an annotation).
/// </summary>
public sealed class OfficialSuiteTests
{
    /// <summary>The format files run: the formats this library asserts.</summary>
    public static readonly string[] AssertedFormatFiles =
    [
        "optional/format/date.json", "optional/format/date-time.json", "optional/format/time.json",
        "optional/format/email.json", "optional/format/uri.json", "optional/format/uuid.json",
    ];

    /// <summary>Optional files beyond the brief, run because they test regex translation and big numbers.</summary>
    public static readonly string[] ExtraOptionalFiles =
    [
        "optional/ecmascript-regex.json", "optional/non-bmp-regex.json", "optional/bignum.json", "optional/float-overflow.json",
    ];

    private readonly ITestOutputHelper _output;

    public OfficialSuiteTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>Every file of the required run, relative to tests/draft2020-12.</summary>
    public static IReadOnlyList<string> RequiredFiles =>
        Directory.GetFiles(TestSuitePaths.Draft202012, "*.json")
            .Select(Path.GetFileName)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Concat(AssertedFormatFiles)
            .ToList()!;

    public static TheoryData<SuiteCase> RequiredCases() => ToTheoryData(SuiteCase.ReadAll(RequiredFiles).Where(c => SuiteExclusions.Find(c) is null));

    public static TheoryData<SuiteCase> ExtraCases() => ToTheoryData(SuiteCase.ReadAll(ExtraOptionalFiles).Where(c => SuiteExclusions.Find(c) is null));

    public static TheoryData<SuiteCase> ExcludedCases() => ToTheoryData(SuiteCase.ReadAll(RequiredFiles.Concat(ExtraOptionalFiles)).Where(c => SuiteExclusions.Find(c) is not null));

    [Theory]
    [MemberData(nameof(RequiredCases))]
    public void Suite_case_gives_the_expected_result(SuiteCase testCase) => AssertCase(testCase);

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public void Optional_suite_case_gives_the_expected_result(SuiteCase testCase) => AssertCase(testCase);

    [Theory]
    [MemberData(nameof(ExcludedCases))]
    public void Excluded_case_behaves_as_its_exclusion_says(SuiteCase testCase)
    {
        var exclusion = SuiteExclusions.Find(testCase)!;
        var loaded = JsonSchema.Load(testCase.Schema);
        switch (exclusion.Kind)
        {
            case ExclusionKind.RefusedAtLoad:
                Assert.False(loaded.Succeeded, "Expected the schema to be refused at load: " + exclusion.Reason);
                Assert.NotEmpty(loaded.Errors);
                break;
            case ExclusionKind.FormatAsserted:
                Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
                Assert.True(testCase.Valid, "The suite expects an annotation-only format to pass.");
                Assert.False(loaded.Schema.Evaluate(testCase.Data).IsValid, "This library asserts the format, so the value is rejected.");
                break;
            default:
                throw new InvalidOperationException(exclusion.Kind.ToString());
        }
    }

    [Fact]
    public void Every_exclusion_names_existing_cases()
    {
        var all = SuiteCase.ReadAll(RequiredFiles.Concat(ExtraOptionalFiles)).ToList();
        foreach (var key in SuiteExclusions.Keys)
        {
            Assert.True(all.Exists(c => SuiteExclusions.Matches(key, c)), "Stale exclusion: " + key);
        }
    }

    [Fact]
    public void Suite_counts()
    {
        var required = SuiteCase.ReadAll(RequiredFiles).ToList();
        var excluded = required.Count(c => SuiteExclusions.Find(c) is not null);
        var extra = SuiteCase.ReadAll(ExtraOptionalFiles).ToList();
        _output.WriteLine($"Required: {required.Count - excluded} of {required.Count} cases in {RequiredFiles.Count} files run and must pass; {excluded} excluded.");
        _output.WriteLine($"Optional extras: {extra.Count(c => SuiteExclusions.Find(c) is null)} of {extra.Count} cases in {ExtraOptionalFiles.Length} files.");
        Assert.True(required.Count > 1000, "The suite looks truncated.");
        Assert.True(excluded < required.Count / 10, "Too much of the suite is excluded.");
    }

    private static void AssertCase(SuiteCase testCase)
    {
        var loaded = JsonSchema.Load(testCase.Schema);
        Assert.True(loaded.Succeeded, "Schema refused: " + string.Join("; ", loaded.Errors));
        var result = loaded.Schema.Evaluate(testCase.Data);
        Assert.True(
            testCase.Valid == result.IsValid,
            $"Expected {(testCase.Valid ? "valid" : "invalid")}; errors: {Describe(result)}");

        // The fast yes/no path must agree with the full evaluation.
        Assert.Equal(result.IsValid, loaded.Schema.IsValid(testCase.Data));

        // An invalid result always says why.
        Assert.Equal(result.IsValid, result.Errors.Count == 0);
    }

    private static string Describe(SchemaEvaluationResult result)
    {
        var builder = new StringBuilder();
        foreach (var error in result.Errors)
        {
            builder.Append('[').Append(error.InstanceLocation).Append(' ').Append(error.KeywordLocation).Append("] ").Append(error.Message.English).Append(' ');
        }

        return builder.Length == 0 ? "(none)" : builder.ToString();
    }

    private static TheoryData<SuiteCase> ToTheoryData(IEnumerable<SuiteCase> cases)
    {
        var data = new TheoryData<SuiteCase>();
        foreach (var testCase in cases)
        {
            data.Add(testCase);
        }

        return data;
    }
}
