using System.Collections.Generic;
using System.IO;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Import;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Import.Spreadsheets;

/// <summary>
/// The measure: for each follow-up example, the template of its agreement is written (.xlsx and .csv), filled
/// by the test with the example's values, imported, and the follow-up read back equals the example, as a model and
/// byte for byte in canonical JSON.
/// </summary>
public sealed class FollowUpRoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string> FollowUpExamples() =>
        [.. Directory.GetFiles(Repository.PathOf("examples", "follow-up"), "*.json").Select(f => Path.GetFileName(f)!).Order(System.StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(FollowUpExamples))]
    public void A_filled_workbook_reads_back_as_the_example(string example)
    {
        var (bytes, followUp, agreement) = Load(example);
        var template = FollowUpTemplate.WriteXlsx(agreement);
        var filled = FilledTemplate.FromXlsx(template);
        filled.Fill(followUp, datesAsText: false);

        var result = FollowUpSheetImporter.Import(filled.ToXlsx(template), "uppfoljning.xlsx", agreement);

        AssertEqual(example, "xlsx", bytes, followUp, result);
    }

    [Theory]
    [MemberData(nameof(FollowUpExamples))]
    public void A_filled_workbook_with_dates_as_text_reads_back_as_the_example(string example)
    {
        var (bytes, followUp, agreement) = Load(example);
        var template = FollowUpTemplate.WriteXlsx(agreement);
        var filled = FilledTemplate.FromXlsx(template);
        filled.Fill(followUp, datesAsText: true);

        AssertEqual(example, "xlsx, dates as text", bytes, followUp, FollowUpSheetImporter.Import(filled.ToXlsx(template), "uppfoljning.xlsx", agreement));
    }

    [Theory]
    [MemberData(nameof(FollowUpExamples))]
    public void A_filled_CSV_file_reads_back_as_the_example(string example)
    {
        var (bytes, followUp, agreement) = Load(example);
        var filled = FilledTemplate.FromCsv(FollowUpTemplate.WriteCsv(agreement));
        filled.Fill(followUp, datesAsText: true);

        // Swedish Excel writes ';' and a decimal comma; others ','; with and without a byte order mark.
        AssertEqual(example, "csv ;", bytes, followUp, FollowUpSheetImporter.Import(filled.ToCsv(';', byteOrderMark: true), "uppfoljning.csv", agreement));
        AssertEqual(example, "csv ,", bytes, followUp, FollowUpSheetImporter.Import(filled.ToCsv(',', byteOrderMark: false), "uppfoljning.csv", agreement));
    }

    public static TheoryData<string> Agreements() =>
        [.. Directory.GetFiles(Repository.Examples, "*.json").Select(f => Path.GetFileName(f)!).Order(System.StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Every_examples_template_has_a_row_per_target_and_reads_back_empty(string example)
    {
        var agreement = AgreementJson.Read(File.ReadAllBytes(Path.Combine(Repository.Examples, example))).Value!;
        var targets = agreement.Commitments.SelectMany(c => c.Targets).Select(t => t.Id).ToList();
        foreach (var (name, bytes, filled) in new[]
        {
            ("uppfoljning.xlsx", FollowUpTemplate.WriteXlsx(agreement), (System.Func<byte[], FilledTemplate>)FilledTemplate.FromXlsx),
            ("uppfoljning.csv", FollowUpTemplate.WriteCsv(agreement), FilledTemplate.FromCsv),
        })
        {
            var template = filled(bytes);
            Assert.Equal(targets, template["Mål"].Skip(1).Select(r => (string?)r[1]));
            Assert.All(template["Mål"].Skip(1), r => Assert.False(string.IsNullOrWhiteSpace((string?)r[2])));
            var asOf = template["Uppföljning"].Single(r => Equals(r[0], "Avstämningsdatum / As of"));
            asOf.RemoveRange(1, asOf.Count - 1);
            asOf.Add("2024-12-31");
            var content = name.EndsWith(".xlsx", System.StringComparison.Ordinal) ? template.ToXlsx(bytes) : template.ToCsv(';', byteOrderMark: true);

            var result = FollowUpSheetImporter.Import(content, name, agreement);

            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.FollowUp!.Observations);
            Assert.Empty(result.FollowUp.Commitments);
        }

        output.WriteLine($"{example}: {targets.Count} targets, {agreement.Commitments.Count} commitments, {agreement.Goals.Count} goals");
    }

    internal static (byte[] Bytes, FollowUpDocument FollowUp, Agreement Agreement) Load(string example)
    {
        var bytes = File.ReadAllBytes(Repository.PathOf("examples", "follow-up", example));
        var followUp = FollowUpJson.Read(bytes).Value!;
        var agreement = AgreementJson.Read(File.ReadAllBytes(Repository.PathOf("examples", followUp.Agreement.Id + ".json"))).Value!;
        return (bytes, followUp, agreement);
    }

    private void AssertEqual(string example, string how, byte[] bytes, FollowUpDocument expected, FollowUpSheetResult result)
    {
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Cell}: {d.Diagnostic}")));
        Assert.Equal(expected, result.FollowUp);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), FollowUpJson.Write(result.FollowUp!));
        Assert.DoesNotContain(result.Diagnostics, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        output.WriteLine($"{example} ({how}): equal; {expected.Observations.Count} observations, {expected.Commitments.Count} statuses, {expected.IndicatorObservations.Count} indicator values");
    }
}
