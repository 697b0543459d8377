using System;
using System.IO;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
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
