using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Import;

/// <summary>
/// Real agreements from outside Skåne, Halland and Örebro län, which the import rules were not written on: each source
/// text in <c>data/sources</c> is imported and compared field by field with its hand-made example, as the seeds are.
/// There is no bar on the fields (the figures are reported in docs/import.md), but every sentence must be accounted for
/// and the draft must hold each commitment's text.
/// </summary>
public sealed class RealAgreementImportTests(ITestOutputHelper output)
{
    internal static readonly string[] Agreements = ["vingaker-2022", "mala-2024", "mala-2024-nyhet", "fagersta-2022", "gagnef-2016-2017", "umea-2019-2020", "hudiksvall-2023-2025"];

    [Fact]
    public void Real_agreements_are_imported_and_compared_with_their_examples()
    {
        var rows = new List<(string Name, SeedComparison Comparison)>();
        foreach (var name in Agreements)
        {
            rows.Add((name + ".txt", SeedComparison.Import(File.ReadAllBytes(Repository.PathOf("data", "sources", name + ".txt")), name + ".txt", name)));
        }

        var (table, _) = SeedComparison.Table(rows);
        output.WriteLine(table);
        foreach (var (name, comparison) in rows)
        {
            var sentences = comparison.Field("sentences");
            Assert.True(sentences.Matched == sentences.Total, $"{name}: {sentences.Matched}/{sentences.Total} sentences accounted for\n{table}");
        }
    }
}
