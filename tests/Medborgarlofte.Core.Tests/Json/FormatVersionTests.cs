using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json;

/// <summary>
/// Format 1.1 keeps every 1.0 document valid and meaning the same: each 1.0 example and fixture reads with the
/// diagnostics it gets when labelled 1.1, into the same model, and is written back as 1.0 with no 1.1 property.
/// Fixtures/format-1.0 keeps copies of the 1.0 examples, so the check stays when the examples move to 1.1.
/// </summary>
public sealed class FormatVersionTests
{
    private const string Label10 = "\"formatVersion\": \"1.0\"";
    private const string Label11 = "\"formatVersion\": \"1.1\"";

    // Every property 1.1 added; none may appear when a 1.0 document is written back.
    private static readonly string[] NewProperties =
    [
        "partners", "commitmentsLeadIn", "reservations", "headings", "startInferred", "sentence", "renewal",
        "modality", "occurrence", "occurrenceOf", "periodWording", "responsibilityWording", "placeAndDate",
        "evaluation", "status\": \"missing", "status\": \"blankLine", "status\": \"nameNotPublished",
    ];

    public static IEnumerable<object[]> Documents10()
    {
        var fixtures = Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures");
        return Directory.GetFiles(Repository.Examples, "*.json", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(fixtures, "*.json", SearchOption.AllDirectories))
            .Where(path => File.ReadAllText(path).Contains(Label10, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { path });
    }

    [Fact]
    public void There_are_1_0_examples_and_fixtures_to_check()
    {
        var paths = Documents10().Select(d => (string)d[0]).ToList();

        Assert.Contains(paths, p => p.StartsWith("tests/Medborgarlofte.Core.Tests/Fixtures/format-1.0/", StringComparison.Ordinal));
        Assert.True(paths.Count >= 40, $"only {paths.Count} documents of format 1.0");
    }

    [Theory]
    [MemberData(nameof(Documents10))]
    public void A_1_0_document_reads_as_before_and_is_written_back_as_1_0(string relativePath)
    {
        var text10 = File.ReadAllText(Repository.PathOf(relativePath.Split('/')));
        var text11 = text10.Replace(Label10, Label11, StringComparison.Ordinal);
        if (text10.Contains("\"asOf\"", StringComparison.Ordinal))
        {
            Check(text10, text11, static t => FollowUpJson.Read(t), static d => d.FormatVersion, static (d, v) => d with { FormatVersion = v }, FollowUpJson.Write);
        }
        else
        {
            Check(text10, text11, static t => AgreementJson.Read(t), static d => d.FormatVersion, static (d, v) => d with { FormatVersion = v }, AgreementJson.Write);
        }
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("2.0")]
    [InlineData("1")]
    [InlineData("1.1.0")]
    public void A_later_or_unknown_version_is_refused_with_ML1010_saying_which_versions_are_read(string version)
    {
        var text = File.ReadAllText(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "format-1.0", "bastad-2024.json"))
            .Replace(Label10, $"\"formatVersion\": \"{version}\"", StringComparison.Ordinal);

        var result = AgreementJson.Read(text);

        Assert.False(result.Success);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "ML1010");
        Assert.Equal("/formatVersion", diagnostic.Pointer);
        Assert.Contains($"\"{version}\"", diagnostic.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("\"1.0\" och \"1.1\"", diagnostic.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("\"1.0\" and \"1.1\"", diagnostic.Message.English, StringComparison.Ordinal);
        Assert.Contains("later version of the library", diagnostic.Message.English, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Line);
    }

    [Fact]
    public void A_follow_up_of_a_later_version_is_refused_with_ML1010()
    {
        var text = File.ReadAllText(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "format-1.0", "follow-up", "bastad-2024-uppfoljning-2024.json"))
            .Replace(Label10, "\"formatVersion\": \"1.2\"", StringComparison.Ordinal);

        var result = FollowUpJson.Read(text);

        Assert.Contains(result.Diagnostics, d => d.Code == "ML1010" && d.Pointer == "/formatVersion");
    }

    [Fact]
    public void A_model_built_in_code_is_1_1()
    {
        Assert.Equal("1.1", Agreement.CurrentFormatVersion);
        Assert.Equal("1.0", Agreement.FormatVersion10);
        var read = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var built = new Agreement { Id = read.Id, Kind = read.Kind, Title = read.Title, Validity = read.Validity, Revision = read.Revision, Parties = read.Parties, Commitments = read.Commitments };

        Assert.Equal("1.0", read.FormatVersion);
        Assert.Contains(Label11, AgreementJson.Write(built), StringComparison.Ordinal);
    }

    private static void Check<T>(string text10, string text11, Func<string, Medborgarlofte.ReadResult<T>> read, Func<T, string> version, Func<T, string, T> withVersion, Func<T, string> write)
        where T : class
    {
        var as10 = read(text10);
        var as11 = read(text11);

        // The same problems at the same places: 1.0 and 1.1 mean the same.
        Assert.Equal(as11.Diagnostics.Select(d => (d.Code, d.Pointer)), as10.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.DoesNotContain(as10.Diagnostics, d => d.Code == "ML1010");
        if (as10.Value is not { } model10)
        {
            Assert.Null(as11.Value);
            return;
        }

        Assert.Equal("1.0", version(model10));
        Assert.Equal(withVersion(as11.Value!, "1.0"), model10);
        var written = write(model10);
        Assert.Contains(Label10, written, StringComparison.Ordinal);
        Assert.All(NewProperties, name => Assert.DoesNotContain("\"" + name, written, StringComparison.Ordinal));

        // A canonical 1.0 file comes back byte for byte (its content hash stays).
        if (write(as11.Value!) == text11)
        {
            Assert.Equal(text10, written);
        }
    }
}
