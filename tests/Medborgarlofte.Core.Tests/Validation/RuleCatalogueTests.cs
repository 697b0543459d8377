using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>
/// The rule catalogue in docs/rules.md is the code's: the table between the markers is generated
/// from <see cref="DiagnosticCodes.ReadingCodes"/> and <see cref="DiagnosticCodes.RuleCodes"/>. Set
/// <c>MEDBORGARLOFTE_UPDATE_DOCS=1</c> to rewrite it; otherwise a difference fails and prints the expected table.
/// </summary>
public sealed class RuleCatalogueTests
{
    private const string Begin = "<!-- BEGIN GENERATED: rule catalogue; edit the code, not this table (tests/…/Validation/RuleCatalogueTests.cs) -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void Docs_rules_md_lists_exactly_the_codes_of_the_code()
    {
        var path = Repository.PathOf("docs", "rules.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/rules.md lacks the markers {Begin} … {End}");

        var expected = Generate();
        var actual = text[(start + Begin.Length)..end];
        if (actual != expected && Environment.GetEnvironmentVariable("MEDBORGARLOFTE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(start + Begin.Length)] + expected + text[end..]);
            return;
        }

        Assert.True(actual == expected, "docs/rules.md differs from the code; the table should be:\n" + expected);
    }

    [Fact]
    public void Every_code_is_unique_and_validation_codes_are_in_code_order()
    {
        var codes = DiagnosticCodes.ReadingCodes.Concat(DiagnosticCodes.FormatCodes).Concat(DiagnosticCodes.RuleCodes).Concat(DiagnosticCodes.FollowUpCodes).Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(DiagnosticCodes.RuleCodes.Select(d => d.Code).Order(StringComparer.Ordinal), DiagnosticCodes.RuleCodes.Select(d => d.Code));
        Assert.All(DiagnosticCodes.RuleCodes, d => Assert.Matches("^ML[3-9][0-9]{3}$", d.Code));
        Assert.All(DiagnosticCodes.ReadingCodes, d => Assert.Matches("^ML[01][0-9]{3}$", d.Code));
        Assert.All(DiagnosticCodes.FormatCodes, d => Assert.Matches("^ML2[0-9]{3}$", d.Code));
    }

    [Fact]
    public void Every_built_in_rule_has_its_own_code_of_the_catalogue_and_runs_in_code_order()
    {
        var ruleCodes = ValidationRules.BuiltIn.Select(r => r.Descriptor).ToList();

        // ML6001 and ML8005 are wholly the reader's (the schema says the same: value > 0, language tags); ML4003,
        // ML4006 and ML7006 the reader reports for a value's form and their rules for its meaning.
        DiagnosticDescriptor[] readerOnly = [DiagnosticCodes.RuleFailed, DiagnosticCodes.NonPositiveTargetValue, DiagnosticCodes.InvalidLanguageTag];
        Assert.Equal(DiagnosticCodes.RuleCodes.Where(d => !readerOnly.Contains(d)), ruleCodes);
    }

    [Fact]
    public void Every_code_has_a_title_and_a_description_in_Swedish_and_English()
    {
        Assert.All(DiagnosticCodes.ReadingCodes.Concat(DiagnosticCodes.FormatCodes).Concat(DiagnosticCodes.RuleCodes).Concat(DiagnosticCodes.FollowUpCodes), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title.English));
            Assert.NotNull(d.Description);
            Assert.False(string.IsNullOrWhiteSpace(d.Description!.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(d.Description.English));
        });
    }

    private static string Generate()
    {
        var b = new StringBuilder("\n");
        b.Append("\n## Läsning / Reading: ML0xxx, ML1xxx\n\n");
        Table(b, DiagnosticCodes.ReadingCodes);
        b.Append("\n## Struktur / Structure: ML2xxx\n\n");
        b.Append("JSON Schema-utvärderingen mot `schemas/medborgarlofte.schema.json`, en kod per nyckelord. Där läsaren eller en regel redan\n");
        b.Append("rapporterar ett fel vid samma värde utelämnas schemats fel. /\n");
        b.Append("The JSON Schema evaluation against `schemas/medborgarlofte.schema.json`, one code per keyword. Where the reader or a rule\n");
        b.Append("already reports an error at the same value, the schema's error is left out.\n\n");
        Table(b, DiagnosticCodes.FormatCodes);
        b.Append("\n## Regler / Rules: ML3xxx–ML9xxx\n\n");
        Table(b, DiagnosticCodes.RuleCodes);
        b.Append("\n## Uppföljning / Follow-up: ML91xx\n\n");
        b.Append("En uppföljning prövad mot sitt medborgarlöfte (`FollowUpValidator`). /\n");
        b.Append("A follow-up checked against its agreement (`FollowUpValidator`).\n\n");
        Table(b, DiagnosticCodes.FollowUpCodes);
        b.Append('\n');
        return b.ToString();
    }

    private static void Table(StringBuilder b, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        b.Append("| kod / code | grad / severity | titel | title | utlöses av | triggered by |\n");
        b.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var d in descriptors)
        {
            b.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {d.Code} | {ValidationReportJson.SeverityName(d.DefaultSeverity)} | {Cell(d.Title.Swedish)} | {Cell(d.Title.English!)} | {Cell(d.Description!.Swedish)} | {Cell(d.Description.English!)} |\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
