using System;
using System.IO;
using System.Linq;
using Medborgarlofte.Validation;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>Each rule fixture gives exactly the codes and pointers listed for it, in document order.</summary>
public sealed class RuleFixtureTests
{
    [Theory]
    [MemberData(nameof(RuleFixtures.Names), MemberType = typeof(RuleFixtures))]
    public void Fixture_gives_exactly_its_listed_codes_and_pointers_in_document_order(string name)
    {
        var report = AgreementValidator.Validate(RuleFixtures.Bytes(name), new ValidationOptions { AsOf = RuleFixtures.AsOf });

        var actual = report.Diagnostics.Select(d => (d.Code, d.Pointer)).ToArray();

        Assert.Equal(RuleFixtures.Expectations[name], actual);
    }

    [Fact]
    public void Every_fixture_file_is_listed_and_every_listed_fixture_exists()
    {
        var files = Directory.GetFiles(RuleFixtures.Folder, "*.json").Select(Path.GetFileName).Where(f => f != "expectations.json").Order(StringComparer.Ordinal);

        Assert.Equal(RuleFixtures.Expectations.Keys.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Every_rule_code_has_a_fixture_named_after_it_that_produces_it()
    {
        foreach (var descriptor in DiagnosticCodes.RuleCodes.Where(d => d != DiagnosticCodes.RuleFailed))
        {
            var fixtures = RuleFixtures.Expectations.Where(e => e.Key.StartsWith(descriptor.Code + "-", StringComparison.Ordinal)).ToList();

            Assert.True(fixtures.Count > 0, $"No fixture for {descriptor.Code}");
            Assert.All(fixtures, f => Assert.Contains(f.Value, pair => pair.Code == descriptor.Code));
        }
    }

    [Fact]
    public void The_clean_fixture_the_others_start_from_gives_nothing()
    {
        var report = AgreementValidator.Validate(RuleFixtures.Bytes("clean.json"), new ValidationOptions { AsOf = RuleFixtures.AsOf });

        Assert.True(report.IsValid);
        Assert.Empty(report.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleFixtures.Names), MemberType = typeof(RuleFixtures))]
    public void Every_diagnostic_has_both_languages_and_a_known_severity(string name)
    {
        var report = AgreementValidator.Validate(RuleFixtures.Bytes(name), new ValidationOptions { AsOf = RuleFixtures.AsOf });

        Assert.All(report.Diagnostics, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Message.Swedish));
            Assert.False(string.IsNullOrWhiteSpace(d.Message.English));
            Assert.True(Enum.IsDefined(d.Severity));
        });
    }
}
