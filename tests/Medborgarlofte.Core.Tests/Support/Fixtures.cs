using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// The test fixtures, read from the source tree (nothing is copied to the output):
/// <c>Fixtures/structural</c> holds documents that each break the format once, indexed by
/// <c>expectations.json</c>; <c>Fixtures/valid</c> holds documents both the schema and the reader accept.
/// </summary>
internal static class Fixtures
{
    internal const string ExpectationsFile = "expectations.json";

    private static readonly Lazy<IReadOnlyDictionary<string, StructuralExpectation>> Expectations = new(LoadExpectations);

    internal static string StructuralDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "structural");

    internal static string ValidDirectory => Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "valid");

    /// <summary>Gets the expectation of each invalid fixture, by file name.</summary>
    internal static IReadOnlyDictionary<string, StructuralExpectation> Structural => Expectations.Value;

    /// <summary>Gets the documents of the structural folder (every <c>.json</c> but the index).</summary>
    internal static IEnumerable<string> StructuralFileNames() =>
        Directory.GetFiles(StructuralDirectory, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != ExpectationsFile)
            .Order(StringComparer.Ordinal);

    internal static IEnumerable<string> ValidFileNames() =>
        Directory.GetFiles(ValidDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>A path relative to the repository root, with <c>/</c>: how files are named to Ajv and in test names.</summary>
    internal static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

    private static Dictionary<string, StructuralExpectation> LoadExpectations()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(StructuralDirectory, ExpectationsFile)));
        var expectations = new Dictionary<string, StructuralExpectation>(StringComparer.Ordinal);
        foreach (var fixture in document.RootElement.EnumerateObject())
        {
            var pointer = fixture.Value.GetProperty("pointer").GetString()!;
            var code = fixture.Value.GetProperty("readerCode");
            expectations.Add(fixture.Name, new StructuralExpectation(pointer, code.ValueKind == JsonValueKind.Null ? null : code.GetString()));
        }

        return expectations;
    }
}
