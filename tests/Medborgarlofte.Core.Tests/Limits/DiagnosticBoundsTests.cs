using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Medborgarlofte.Cli.Output;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Limits;

/// <summary>
/// However many problems a document has, its report holds at most <see cref="JsonLimits.MaxDiagnostics"/> and one
/// ML0008 that counts the rest; every diagnostic read from text has its line and column, found in one walk; the
/// shapes of the hostile-input campaign (issue #27) at their sizes, bounded by allocation.
/// </summary>
public sealed class DiagnosticBoundsTests(ITestOutputHelper output)
{
    private static readonly ValidationOptions Options = new() { AsOf = new NodaTime.LocalDate(2024, 6, 1) };

    [Fact]
    public void The_report_ends_with_one_diagnostic_that_counts_the_rest()
    {
        var bytes = File.ReadAllBytes(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "limits", "ML0008-too-many-diagnostics.json"));

        var report = AgreementValidator.Validate(bytes, Options with { Limits = new JsonLimits { MaxDiagnostics = 3 } });

        Assert.Equal(["ML1001", "ML1001", "ML1001", "ML0008"], report.Diagnostics.Select(d => d.Code));
        var last = report.Diagnostics[^1];
        Assert.Equal(DiagnosticSeverity.Error, last.Severity);
        Assert.Matches("^[0-9]+ more problems were found but are not listed; the limit is 3 per document.$", last.Message.English);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void A_bound_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxDiagnostics = 0 });

    [Fact]
    public void Each_diagnostic_read_from_text_has_the_line_and_column_of_its_value()
    {
        var json = Documents.Minimal.Replace("\"kind\": \"promise\",", "\"kind\": \"promise\",\n  \"🙂\": 1, \"extra\": 2,", StringComparison.Ordinal);
        var lines = json.Split('\n');

        var report = AgreementValidator.Validate(Encoding.UTF8.GetBytes(json), Options);
        var read = AgreementJson.Read(json);

        foreach (var diagnostics in new[] { report.Diagnostics.ToList(), read.Diagnostics.ToList() })
        {
            var extra = diagnostics.Single(d => d.Pointer == "/extra");
            Assert.NotNull(extra.Line);
            Assert.StartsWith("\"extra\"", lines[extra.Line!.Value - 1][(extra.Column!.Value - 1)..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_property_is_placed_at_its_parent()
    {
        var json = Documents.Minimal.Replace("\"id\": \"test-2024\",", string.Empty, StringComparison.Ordinal);
        var missing = AgreementJson.Read(json).Diagnostics.Single(d => d.Code == "ML1002");
        Assert.Equal((1, 1), (missing.Line, missing.Column));
    }

    [Fact]
    public void A_line_of_ten_megabytes_with_three_hundred_thousand_places_is_walked_once()
    {
        var text = new byte[10_900_000];
        text.AsSpan().Fill((byte)'a');
        text[5] = 0xC3; // "é" at 5..6: one column
        text[6] = 0xA9;
        var diagnostics = Enumerable.Range(0, 300_000).Select(i => new Diagnostic("X", DiagnosticSeverity.Error, string.Empty, new("x"))).ToList();
        var offsets = Enumerable.Range(0, 300_000).Select(i => text.Length - 1 - (i * 36)).ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        TextLocations.Apply(diagnostics, offsets, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.All(diagnostics, d => Assert.Equal(1, d.Line));
        Assert.Equal(text.Length - 1, diagnostics[0].Column); // the two bytes of "é" are one column
        output.WriteLine($"{allocated / 1e6:F1} MB for 300 000 places");
        Assert.True(allocated < 300_000 * 200L, $"{allocated} bytes");
    }

    [Fact]
    public void Two_hundred_thousand_unknown_root_properties_are_read_in_memory_linear_in_the_input()
    {
        var (small, smallBytes) = ReadWithUnknownProperties(100_000);
        var (large, largeBytes) = ReadWithUnknownProperties(200_000);

        Assert.Equal(JsonLimits.Default.MaxDiagnostics + 1, large.Diagnostics.Count);
        Assert.Equal("ML0008", large.Diagnostics[^1].Code);
        Assert.Contains("199000 more", large.Diagnostics[^1].Message.English, StringComparison.Ordinal);
        output.WriteLine($"100 000: {smallBytes / 1e6:F1} MB allocated; 200 000: {largeBytes / 1e6:F1} MB");
        Assert.True(largeBytes < 2.3 * smallBytes, $"{smallBytes} then {largeBytes} bytes");
        Assert.True(largeBytes < 40_000_000, $"{largeBytes} bytes for 200 000 unknown properties");
    }

    [Fact]
    public void Ninety_nine_thousand_commitments_with_an_unknown_property_each_are_read_with_the_bound()
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        var commitment = document["commitments"]![0]!;
        var commitments = new JsonArray();
        for (var i = 0; i < 99_999; i++)
        {
            var copy = commitment.DeepClone();
            copy["id"] = "c" + i;
            copy.AsObject().Remove("targets");
            copy["okänd"] = i;
            commitments.Add(copy);
        }

        document["commitments"] = commitments;
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = AgreementJson.Read(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(JsonLimits.Default.MaxDiagnostics + 1, read.Diagnostics.Count);
        Assert.Contains("98999 more", read.Diagnostics[^1].Message.English, StringComparison.Ordinal);
        output.WriteLine($"{bytes.Length / 1e6:F1} MB read with {allocated / 1e6:F1} MB allocated");
        Assert.True(allocated < 30L * bytes.Length, $"{allocated} bytes allocated for {bytes.Length}");
    }

    private static (ReadResult<Medborgarlofte.Agreement> Read, long Allocated) ReadWithUnknownProperties(int count)
    {
        var json = new StringBuilder(Documents.Minimal.TrimEnd().TrimEnd('}'));
        for (var i = 0; i < count; i++)
        {
            json.Append(",\"u").Append(i).Append("\":1");
        }

        var bytes = Encoding.UTF8.GetBytes(json.Append('}').ToString());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = AgreementJson.Read(bytes);
        return (read, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_one_line_file_of_a_hundred_thousand_commitments_writes_sarif_and_json_in_bounded_memory()
    {
        // No commitment has a target: one warning each (ML7003), 100 000 in all, on one line of about 10 MB.
        var document = JsonNode.Parse(Documents.Minimal)!;
        var commitment = document["commitments"]![0]!;
        var commitments = new JsonArray();
        for (var i = 0; i < 100_000; i++)
        {
            var copy = commitment.DeepClone();
            copy["id"] = "c" + i;
            copy.AsObject().Remove("targets");
            commitments.Add(copy);
        }

        document["commitments"] = commitments;
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        Assert.DoesNotContain((byte)'\n', bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = AgreementValidator.Validate(bytes, Options);
        var validated = GC.GetAllocatedBytesForCurrentThread();
        using (var sarif = new MemoryStream())
        {
            SarifWriter.Write(sarif, [new FileReport("one-line.json", bytes, report)]);
        }

        var json = ValidationReportJson.WriteToUtf8Bytes(report);
        var written = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(JsonLimits.Default.MaxDiagnostics + 1, report.Diagnostics.Count);
        Assert.All(report.Diagnostics.SkipLast(1), d => Assert.Equal(1, d.Line));
        output.WriteLine($"{bytes.Length / 1e6:F1} MB: validation {(validated - before) / 1e6:F0} MB, SARIF and JSON {(written - validated) / 1e6:F1} MB ({json.Length} bytes of JSON)");
        Assert.True(written - validated < 20_000_000, $"{written - validated} bytes to write the reports");
    }
}
