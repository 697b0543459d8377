using System;
using System.IO;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Schema;

/// <summary>
/// The strict readers on the same fixtures as Ajv: the agreement reader and the follow-up reader each
/// reject every structural fixture with the expected code at the expected pointer, and read their valid fixtures.
/// </summary>
public sealed class StructuralFixtureTests
{
    public static TheoryData<string> ReaderCheckedFixtures() =>
        [.. Fixtures.Structural.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidFixtures() => [.. Fixtures.ValidFileNames()];

    public static TheoryData<string> ReaderCheckedFollowUpFixtures() =>
        [.. Fixtures.StructuralFollowUp.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidFollowUpFixtures() => [.. Fixtures.ValidFollowUpFileNames()];

    [Fact]
    public void The_index_lists_exactly_the_fixtures_of_the_folder()
    {
        Assert.Equal(Fixtures.StructuralFileNames(), Fixtures.Structural.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Fixtures.StructuralFollowUpFileNames(), Fixtures.StructuralFollowUp.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_expected_pointer_and_code_is_well_formed()
    {
        foreach (var (fixture, expectation) in Fixtures.Structural.Concat(Fixtures.StructuralFollowUp))
        {
            Assert.True(JsonPointer.Parse(expectation.Pointer) is not null, $"{fixture}: \"{expectation.Pointer}\" is not a JSON Pointer");
            Assert.True(
                Medborgarlofte.DiagnosticCodes.ReadingCodes.Concat(DiagnosticCodes.FormatCodes).Concat(Medborgarlofte.DiagnosticCodes.RuleCodes).Any(d => d.Code == expectation.ReaderCode),
                $"{fixture}: {expectation.ReaderCode} is not a diagnostic code");
        }
    }

    [Theory]
    [MemberData(nameof(ReaderCheckedFixtures))]
    public void The_reader_rejects_a_structural_fixture_with_its_code_at_its_pointer(string fixture)
    {
        var expected = Fixtures.Structural[fixture];

        var result = AgreementJson.Read(File.ReadAllBytes(Path.Combine(Fixtures.StructuralDirectory, fixture)));

        Assert.False(result.Success);
        Assert.True(
            result.Diagnostics.Any(d => d.Code == expected.ReaderCode && d.Pointer == expected.Pointer),
            $"{fixture}: no {expected.ReaderCode} at \"{expected.Pointer}\"; the reader reported:\n{string.Join('\n', result.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void The_reader_reads_a_valid_fixture_without_an_error(string fixture)
    {
        var result = AgreementJson.Read(File.ReadAllBytes(Path.Combine(Fixtures.ValidDirectory, fixture)));

        Assert.True(result.Success, $"{fixture}:\n{string.Join('\n', result.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(ReaderCheckedFollowUpFixtures))]
    public void The_follow_up_reader_rejects_a_structural_follow_up_fixture_with_its_code_at_its_pointer(string fixture)
    {
        var expected = Fixtures.StructuralFollowUp[fixture];

        var result = FollowUpJson.Read(File.ReadAllBytes(Path.Combine(Fixtures.StructuralFollowUpDirectory, fixture)));

        Assert.False(result.Success);
        Assert.True(
            result.Diagnostics.Any(d => d.Code == expected.ReaderCode && d.Pointer == expected.Pointer),
            $"{fixture}: no {expected.ReaderCode} at \"{expected.Pointer}\"; the reader reported:\n{string.Join('\n', result.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(ValidFollowUpFixtures))]
    public void The_follow_up_reader_reads_a_valid_follow_up_fixture_without_an_error(string fixture)
    {
        var result = FollowUpJson.Read(File.ReadAllBytes(Path.Combine(Fixtures.ValidFollowUpDirectory, fixture)));

        Assert.True(result.Success, $"{fixture}:\n{string.Join('\n', result.Diagnostics)}");
    }
}
