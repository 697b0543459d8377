using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// The test fixtures, read from the source tree (nothing is copied to the output):
/// <c>Fixtures/structural</c> holds agreements that each break the format once, indexed by
/// <c>expectations.json</c>; <c>Fixtures/valid</c> holds agreements both the schema and the reader accept.
/// <c>Fixtures/structural-follow-up</c> and <c>Fixtures/valid-follow-up</c> are the same for follow-up
/// documents, judged against the schema's follow-up part.
/// </summary>
internal static class Fixtures
{
    internal const string ExpectationsFile = "expectations.json";

    private static readonly Lazy<IReadOnlyDictionary<string, StructuralExpectation>> Expectations = new(() => LoadExpectations(StructuralDirectory));

    private static readonly Lazy<IReadOnlyDictionary<string, StructuralExpectation>> FollowUpExpectations = new(() => LoadExpectations(StructuralFollowUpDirectory));

    internal static string StructuralDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "structural");

    internal static string ValidDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "valid");

    internal static string StructuralFollowUpDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "structural-follow-up");

    internal static string ValidFollowUpDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "valid-follow-up");

    /// <summary>Gets the expectation of each invalid fixture, by file name.</summary>
    internal static IReadOnlyDictionary<string, StructuralExpectation> Structural => Expectations.Value;

    /// <summary>Gets the expectation of each invalid follow-up fixture, by file name.</summary>
    internal static IReadOnlyDictionary<string, StructuralExpectation> StructuralFollowUp => FollowUpExpectations.Value;

    /// <summary>Gets the documents of the structural folder (every <c>.json</c> but the index).</summary>
    internal static IEnumerable<string> StructuralFileNames() => Documents(StructuralDirectory);

    internal static IEnumerable<string> ValidFileNames() => Documents(ValidDirectory);

    /// <summary>Gets the documents of the structural follow-up folder (every <c>.json</c> but the index).</summary>
    internal static IEnumerable<string> StructuralFollowUpFileNames() => Documents(StructuralFollowUpDirectory);

    internal static IEnumerable<string> ValidFollowUpFileNames() => Documents(ValidFollowUpDirectory);

    /// <summary>A path relative to the repository root, with <c>/</c>: how files are named to Ajv and in test names.</summary>
    internal static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

    private static IEnumerable<string> Documents(string directory) =>
        Directory.GetFiles(directory, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != ExpectationsFile)
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, StructuralExpectation> LoadExpectations(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, ExpectationsFile)));
        var expectations = new Dictionary<string, StructuralExpectation>(StringComparer.Ordinal);
        foreach (var fixture in document.RootElement.EnumerateObject())
        {
            var pointer = fixture.Value.GetProperty("pointer").GetString()!;
            var code = fixture.Value.GetProperty("readerCode");
            expectations.Add(fixture.Name, new StructuralExpectation(pointer, code.GetString()!));
        }

        return expectations;
    }
}
