using System;
using System.Linq;
using Medborgarlofte.Schema;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// Ajv, an independent JSON Schema 2020-12 implementation, and the library's own evaluator judge
/// the schema on real files and must agree, file by file: every
/// example and every valid fixture passes; every structural fixture fails with an error at the
/// fixture's pointer. Agreements are judged against the schema's root, follow-up documents against
/// its follow-up part (<see cref="FormatSchema.FollowUpId"/>). Each test judges one file, so another
/// verdict on the same file is one more assertion in the same test.
/// </summary>
public sealed class AjvCrossCheckTests
{
    public static TheoryData<string> ValidFiles() =>
        [.. Ajv.Files().Where(file => !file.Contains("/structural/", StringComparison.Ordinal))];

    public static TheoryData<string> InvalidFixtures() => [.. Fixtures.StructuralFileNames()];

    public static TheoryData<string> ValidFollowUpFiles() =>
        [.. Ajv.FollowUpFiles().Where(file => !file.Contains("/structural-follow-up/", StringComparison.Ordinal))];

    public static TheoryData<string> InvalidFollowUpFixtures() => [.. Fixtures.StructuralFollowUpFileNames()];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void A_valid_file_is_valid_for_Ajv(string file)
    {
        var ajv = Ajv.Verdict(file);
        var library = LibraryVerdict(file, FormatSchemas.Agreement);

        Assert.True(ajv.Valid, $"Ajv rejects {file}:\n{string.Join('\n', ajv.Errors)}");
        Assert.True(library.IsValid, $"The library rejects {file}:\n{string.Join('\n', library.Errors)}");
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void A_structural_fixture_is_invalid_for_Ajv_at_its_pointer(string fixture)
    {
        var expected = Fixtures.Structural[fixture];

        var relative = Fixtures.Relative(System.IO.Path.Combine(Fixtures.StructuralDirectory, fixture));
        var ajv = Ajv.Verdict(relative);
        var library = LibraryVerdict(relative, FormatSchemas.Agreement);

        Assert.False(ajv.Valid, $"Ajv accepts {fixture}");
        Assert.True(
            ajv.Errors.Any(e => e.Location == expected.Pointer),
            $"Ajv reports no error at \"{expected.Pointer}\" in {fixture}:\n{string.Join('\n', ajv.Errors)}");
        AssertLibraryRejectsAt(library, expected.Pointer, fixture);
    }

    [Theory]
    [MemberData(nameof(ValidFollowUpFiles))]
    public void A_valid_follow_up_is_valid_for_Ajv_against_the_follow_up_part(string file)
    {
        var ajv = Ajv.Verdict(file);
        var library = LibraryVerdict(file, FormatSchemas.FollowUp);

        Assert.True(ajv.Valid, $"Ajv rejects {file} against {FormatSchema.FollowUpId}:\n{string.Join('\n', ajv.Errors)}");
        Assert.True(library.IsValid, $"The library rejects {file} against {FormatSchema.FollowUpId}:\n{string.Join('\n', library.Errors)}");
    }

    [Theory]
    [MemberData(nameof(InvalidFollowUpFixtures))]
    public void A_structural_follow_up_fixture_is_invalid_for_Ajv_at_its_pointer(string fixture)
    {
        var expected = Fixtures.StructuralFollowUp[fixture];

        var relative = Fixtures.Relative(System.IO.Path.Combine(Fixtures.StructuralFollowUpDirectory, fixture));
        var ajv = Ajv.Verdict(relative);
        var library = LibraryVerdict(relative, FormatSchemas.FollowUp);

        Assert.False(ajv.Valid, $"Ajv accepts {fixture}");
        Assert.True(
            ajv.Errors.Any(e => e.Location == expected.Pointer),
            $"Ajv reports no error at \"{expected.Pointer}\" in {fixture}:\n{string.Join('\n', ajv.Errors)}");
        AssertLibraryRejectsAt(library, expected.Pointer, fixture);
    }

    /// <summary>The library's own evaluator on the same file: the second, in-process verdict.</summary>
    private static SchemaEvaluationResult LibraryVerdict(string relativeFile, JsonSchema schema)
    {
        using var document = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(System.IO.Path.Combine(Repository.Root, relativeFile)));
        return schema.Evaluate(document.RootElement);
    }

    /// <summary>
    /// The library reports at the value itself, or for a key that <c>propertyNames</c> rejects at the
    /// object that holds it (as the specification's output does); the reader's pointer names the key.
    /// </summary>
    private static void AssertLibraryRejectsAt(SchemaEvaluationResult library, string pointer, string fixture)
    {
        Assert.False(library.IsValid, $"The library accepts {fixture}");
        var parent = pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];
        Assert.True(
            library.Errors.Any(e => e.InstanceLocation == pointer || (e.Keyword == "propertyNames" && e.InstanceLocation == parent)),
            $"The library reports no error at \"{pointer}\" in {fixture}:\n{string.Join('\n', library.Errors)}");
    }

    [Fact]
    public void Ajv_checks_the_two_follow_up_examples_and_every_follow_up_fixture()
    {
        var files = Ajv.FollowUpFiles().ToList();

        Assert.Equal(
            FollowUpExampleFiles.Pairs.Select(pair => "examples/follow-up/" + pair.FollowUp + ".json").Order(StringComparer.Ordinal),
            files.Where(file => file.StartsWith("examples/", StringComparison.Ordinal)));
        Assert.Equal(Fixtures.StructuralFollowUp.Count, files.Count(file => file.Contains("/structural-follow-up/", StringComparison.Ordinal)));
        Assert.NotEmpty(Fixtures.ValidFollowUpFileNames());
        Assert.Empty(files.Intersect(Ajv.Files()));
    }

    [Fact]
    public void Ajv_checks_the_five_examples_and_every_fixture()
    {
        var files = Ajv.Files().ToList();

        Assert.Equal(5, files.Count(file => file.StartsWith("examples/", StringComparison.Ordinal)));
        Assert.Equal(Fixtures.Structural.Count, files.Count(file => file.Contains("/structural/", StringComparison.Ordinal)));
        Assert.NotEmpty(Fixtures.ValidFileNames());
    }
}
