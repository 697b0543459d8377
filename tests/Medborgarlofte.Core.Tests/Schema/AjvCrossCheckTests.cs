using System;
using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// Ajv, an independent JSON Schema 2020-12 implementation, and the library's strict reader judge
/// real files and must agree, file by file: every
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
        var library = Reader(file, followUp: false);

        Assert.True(ajv.Valid, $"Ajv rejects {file}:\n{string.Join('\n', ajv.Errors)}");
        Assert.True(library.Count == 0, $"The reader rejects {file}:\n{string.Join('\n', library)}");
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void A_structural_fixture_is_invalid_for_Ajv_at_its_pointer(string fixture)
    {
        var expected = Fixtures.Structural[fixture];

        var relative = Fixtures.Relative(System.IO.Path.Combine(Fixtures.StructuralDirectory, fixture));
        var ajv = Ajv.Verdict(relative);
        var library = Reader(relative, followUp: false);

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
        var library = Reader(file, followUp: true);

        Assert.True(ajv.Valid, $"Ajv rejects {file} against {FormatSchema.FollowUpId}:\n{string.Join('\n', ajv.Errors)}");
        Assert.True(library.Count == 0, $"The follow-up reader rejects {file}:\n{string.Join('\n', library)}");
    }

    [Theory]
    [MemberData(nameof(InvalidFollowUpFixtures))]
    public void A_structural_follow_up_fixture_is_invalid_for_Ajv_at_its_pointer(string fixture)
    {
        var expected = Fixtures.StructuralFollowUp[fixture];

        var relative = Fixtures.Relative(System.IO.Path.Combine(Fixtures.StructuralFollowUpDirectory, fixture));
        var ajv = Ajv.Verdict(relative);
        var library = Reader(relative, followUp: true);

        Assert.False(ajv.Valid, $"Ajv accepts {fixture}");
        Assert.True(
            ajv.Errors.Any(e => e.Location == expected.Pointer),
            $"Ajv reports no error at \"{expected.Pointer}\" in {fixture}:\n{string.Join('\n', ajv.Errors)}");
        AssertLibraryRejectsAt(library, expected.Pointer, fixture);
    }

    /// <summary>The strict reader's errors on the same file: the library's one gate.</summary>
    private static List<Diagnostic> Reader(string relativeFile, bool followUp)
    {
        var bytes = System.IO.File.ReadAllBytes(System.IO.Path.Combine(Repository.Root, relativeFile));
        var diagnostics = followUp ? FollowUpJson.Read(bytes).Diagnostics : AgreementJson.Read(bytes).Diagnostics;
        return [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    private static void AssertLibraryRejectsAt(List<Diagnostic> library, string pointer, string fixture)
    {
        Assert.True(
            library.Any(d => d.Pointer == pointer),
            $"The reader reports no error at \"{pointer}\" in {fixture}:\n{string.Join('\n', library)}");
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
    public void Ajv_checks_every_example_and_every_fixture()
    {
        var files = Ajv.Files().ToList();

        Assert.Equal(ExampleFiles.Names.Length + ExampleFiles.SourceFiles.Count, files.Count(file => file.StartsWith("examples/", StringComparison.Ordinal)));
        Assert.Equal(Fixtures.Structural.Count, files.Count(file => file.Contains("/structural/", StringComparison.Ordinal)));
        Assert.NotEmpty(Fixtures.ValidFileNames());
    }
}
