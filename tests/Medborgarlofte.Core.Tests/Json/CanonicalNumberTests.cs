using System;
using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// Reproducer 7 of issue #27: a number has one canonical spelling. <c>"value": 2.0</c> was equal, hash-equal and
/// diff-equal to <c>2</c> but written back as <c>2.0</c>, and <c>format --check</c> accepted both.
/// </summary>
public sealed class CanonicalNumberTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-numbers-").FullName;

    [Theory]
    [InlineData("2.0", "2")]
    [InlineData("2.50", "2.5")]
    [InlineData("1.000000000000000000000000000", "1")]
    [InlineData("20", "20")]
    [InlineData("1e2", "100")]
    [InlineData("1.5E1", "15")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_target_value_is_written_in_its_one_spelling(string written, string canonical)
    {
        var agreement = AgreementJson.Read(Documents.Minimal.Replace("\"value\": 1,", $"\"value\": {written},", StringComparison.Ordinal)).GetValueOrThrow();
        var expected = AgreementJson.Read(Documents.Minimal.Replace("\"value\": 1,", $"\"value\": {canonical},", StringComparison.Ordinal)).GetValueOrThrow();

        var bytes = Encoding.UTF8.GetString(AgreementJson.WriteToUtf8Bytes(agreement));

        Assert.Contains($"\"value\": {canonical},", bytes, StringComparison.Ordinal);
        Assert.Equal(AgreementJson.WriteToUtf8Bytes(expected), AgreementJson.WriteToUtf8Bytes(agreement));
        Assert.Equal(ContentHash.Compute(expected), ContentHash.Compute(agreement));
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    public void Zero_is_written_0(string written)
    {
        var followUp = FollowUpJson.Read(Encoding.UTF8.GetBytes(FollowUpWithValue(written))).GetValueOrThrow();

        Assert.Contains("\"value\": 0\n", Encoding.UTF8.GetString(FollowUpJson.WriteToUtf8Bytes(followUp)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_value_is_written_in_its_one_spelling()
    {
        var followUp = FollowUpJson.Read(Encoding.UTF8.GetBytes(FollowUpWithValue("3.10"))).GetValueOrThrow();

        Assert.Contains("\"value\": 3.1\n", Encoding.UTF8.GetString(FollowUpJson.WriteToUtf8Bytes(followUp)), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_check_rejects_2_0_and_format_writes_2()
    {
        var path = Path.Combine(_directory, "two.json");
        File.WriteAllText(path, Documents.Minimal.Replace("\"value\": 1,", "\"value\": 2.0,", StringComparison.Ordinal));

        var (checkExit, checkOut, _) = CliRun.Run("format", "--check", path);
        Assert.Equal(1, checkExit);
        Assert.Contains("inte i kanonisk form / not in canonical form", checkOut, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Run("format", path).Exit);
        Assert.Contains("\"value\": 2,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run("format", "--check", path).Exit);
    }

    [Theory]
    [InlineData("2.0", "2")]
    [InlineData("2.50", "2.5")]
    [InlineData("-0", "0")]
    [InlineData("-0.0e5", "0")]
    [InlineData("0.2e1", "2")]
    [InlineData("1E+2", "100")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("-1.5e-3", "-0.0015")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e400", "1e400")] // past a double's range: kept, as equality compares its text
    [InlineData("9007199254740993", "9007199254740993")] // exact: a double would write 9007199254740992
    [InlineData("123456789012345678901234567890.10", "1.234567890123456789012345678901e+29")]
    public void An_extension_number_is_written_in_its_one_spelling_to_the_last_digit(string written, string canonical)
    {
        var json = Documents.Minimal.Replace("\"kind\": \"promise\",", $"\"kind\": \"promise\",\n  \"extensions\": {{ \"x-tal\": [{written}, {{ \"n\": {written} }}] }},", StringComparison.Ordinal);
        var agreement = AgreementJson.Read(json).GetValueOrThrow();

        var bytes = Encoding.UTF8.GetString(AgreementJson.WriteToUtf8Bytes(agreement));

        Assert.Contains($"\"x-tal\": [\n      {canonical},", bytes, StringComparison.Ordinal);
        Assert.Contains($"\"n\": {canonical}\n", bytes, StringComparison.Ordinal);
        Assert.Equal(agreement, AgreementJson.Read(bytes).GetValueOrThrow());
    }

    [SeededProperty(3000, salt: 2703)]
    public Property The_one_spelling_has_the_same_exact_value_and_is_its_own_spelling() => Prop.ForAll(
        JsonGen.Number.ToArbitrary(),
        number =>
        {
            var canonical = CanonicalNumber.Of(number);
            Assert.Null(JsonEquivalence.Difference(Encoding.UTF8.GetBytes(number), Encoding.UTF8.GetBytes(canonical)));
            Assert.Equal(canonical, CanonicalNumber.Of(canonical));
        });

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string FollowUpWithValue(string value) => $$"""
        {
          "formatVersion": "1.0",
          "id": "uppfoljning",
          "agreement": {
            "id": "test-2024",
            "revision": 1
          },
          "asOf": "2024-06-01",
          "observations": [
            {
              "target": "t1",
              "date": "2024-05-01",
              "value": {{value}}
            }
          ]
        }
        """;
}
