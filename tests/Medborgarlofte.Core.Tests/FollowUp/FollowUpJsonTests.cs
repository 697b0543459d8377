using System;
using System.IO;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

public sealed class FollowUpJsonTests
{
    [Fact]
    public void The_follow_up_folder_holds_the_listed_examples()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Examples, "follow-up"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(FollowUpExampleFiles.Pairs.Select(p => p.FollowUp).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(FollowUpExampleFiles.All), MemberType = typeof(FollowUpExampleFiles))]
    public void Example_reads_cleanly_round_trips_and_is_marked_illustrative(string name, string agreement)
    {
        var bytes = FollowUpExampleFiles.Bytes(name);

        var result = FollowUpJson.Read(bytes);

        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Value.Illustrative);
        Assert.Equal(agreement, result.Value.Agreement.Id);
        Assert.Equal(bytes, FollowUpJson.WriteToUtf8Bytes(result.Value));
        Assert.Equal(result.Value, FollowUpJson.Read(FollowUpJson.Write(result.Value)).Value);
    }

    [Theory]
    [InlineData("\"date\": \"2019-02-01\",", "\"date\": \"2019-02-01\", \"period\": {\"start\": \"2019-02-01\", \"end\": \"2019-02-02\"},", "ML1011", "/observations/0")]
    [InlineData("\"date\": \"2019-02-01\",", "", "ML1011", "/observations/0")]
    [InlineData("\"value\": 2,", "\"value\": -2,", "ML1007", "/observations/0/value")]
    [InlineData("\"status\": \"done\",", "\"status\": \"finished\",", "ML1005", "/commitments/1/status")]
    [InlineData("\"revision\": 1", "\"revision\": 1, \"title\": \"x\"", "ML1001", "/agreement/title")]
    [InlineData("\"asOf\": \"2019-07-01\",", "\"asOf\": \"2019-07-32\",", "ML1006", "/asOf")]
    public void Follow_up_reading_is_strict(string find, string replace, string code, string pointer)
    {
        var text = File.ReadAllText(FollowUpExampleFiles.PathOf("kungsbacka-2019-2020-uppfoljning-2019-07"));
        Assert.Contains(find, text, StringComparison.Ordinal);

        var result = FollowUpJson.Read(ReplaceFirst(text, find, replace));

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Pointer == pointer);
    }

    [Fact]
    public void The_revision_followed_up_is_required()
    {
        var text = File.ReadAllText(FollowUpExampleFiles.PathOf("bastad-2024-uppfoljning-2024")).Replace("\"id\": \"bastad-2024\",\n    \"revision\": 1", "\"id\": \"bastad-2024\"", StringComparison.Ordinal);

        var result = FollowUpJson.Read(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("ML1002", "/agreement"), (diagnostic.Code, diagnostic.Pointer));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }
}
