using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

public sealed class AgreementValidatorTests
{
    /// <summary>Bytes that break JSON in interesting ways; 0xE9 alone is not UTF-8.</summary>
    private static readonly byte[] Alphabet = [.. " {}[]\",:0a-/"u8, 0xE9];

    private static readonly ValidationOptions AsOf2024 = new() { AsOf = new LocalDate(2024, 6, 1) };

    [Fact]
    public void Text_bytes_stream_and_model_give_the_same_diagnostics()
    {
        var bytes = ExampleFiles.Bytes("bastad-2024");
        var fromBytes = AgreementValidator.Validate(bytes, AsOf2024);
        var fromText = AgreementValidator.Validate(Encoding.UTF8.GetString(bytes), AsOf2024);
        using var stream = new MemoryStream(bytes);
        var fromStream = AgreementValidator.Validate(stream, AsOf2024);
        var fromModel = AgreementValidator.Validate(ExampleFiles.Load("bastad-2024"), AsOf2024);

        Assert.NotEmpty(fromBytes.Diagnostics);
        Assert.Equal(fromBytes.Diagnostics, fromText.Diagnostics);
        Assert.Equal(fromBytes.Diagnostics, fromStream.Diagnostics);
        // A model is placed in its canonical JSON: the same diagnostics, each at its place there.
        Assert.Equal(fromBytes.Diagnostics.Select(d => d with { Line = null, Column = null }), fromModel.Diagnostics.Select(d => d with { Line = null, Column = null }));
    }

    [Fact]
    public void The_report_carries_its_provenance()
    {
        var report = AgreementValidator.Validate(Documents.Minimal, AsOf2024);

        Assert.Matches(@"^\d+\.\d+\.\d+", report.Provenance.LibraryVersion);
        Assert.Equal("1.1", report.Provenance.SchemaVersion);
        Assert.Equal(ValidationRules.Version, report.Provenance.RuleSetVersion);
        Assert.Equal(new LocalDate(2024, 6, 1), report.Provenance.AsOf);
    }

    [Fact]
    public void The_as_of_date_is_todays_date_in_Sweden_from_the_clock()
    {
        // 23:30 UTC on New Year's Eve is already 2025-01-01 in Stockholm, the day after Båstad 2024 ended.
        var clock = new FixedClock(Instant.FromUtc(2024, 12, 31, 23, 30));

        var report = AgreementValidator.Validate(ExampleFiles.Bytes("bastad-2024"), new ValidationOptions { Clock = clock });

        Assert.Equal(new LocalDate(2025, 1, 1), report.Provenance.AsOf);
        Assert.Contains(report.Diagnostics, d => d.Code == "ML5006");
    }

    [Fact]
    public void An_explicit_as_of_date_wins_over_the_clock()
    {
        // Båstad 2024 ended on 2024-12-31: expired (ML5006) as of 2030, not as of mid-2024. Each case puts the
        // other date on the clock, so the verdict tells which date was used, and the second shows the rule runs.
        var bytes = ExampleFiles.Bytes("bastad-2024");

        var before = AgreementValidator.Validate(bytes, new ValidationOptions { Clock = FixedClock.AtNoon(2030, 1, 1), AsOf = new LocalDate(2024, 6, 1) });
        var after = AgreementValidator.Validate(bytes, new ValidationOptions { Clock = FixedClock.AtNoon(2024, 6, 1), AsOf = new LocalDate(2030, 1, 1) });

        Assert.Equal(new LocalDate(2024, 6, 1), before.Provenance.AsOf);
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == "ML5006");
        Assert.Equal(new LocalDate(2030, 1, 1), after.Provenance.AsOf);
        Assert.Equal("/validity/end", Assert.Single(after.Diagnostics, d => d.Code == "ML5006").Pointer);
    }

    [Fact]
    public void A_superseded_document_is_not_reported_as_expired()
    {
        var json = Documents.Minimal.Replace("\"draft\"", "\"superseded\"", StringComparison.Ordinal);

        var report = AgreementValidator.Validate(json, new ValidationOptions { AsOf = new LocalDate(2026, 1, 1) });

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "ML5006");
    }

    [Fact]
    public void Severity_overrides_change_the_severity_and_the_validity()
    {
        var options = AsOf2024 with
        {
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal)
            {
                ["ML8001"] = DiagnosticSeverity.Error,
                ["ML8003"] = DiagnosticSeverity.Info,
            },
        };

        var report = AgreementValidator.Validate(Documents.Minimal, options);

        Assert.False(report.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, report.Diagnostics.Single(d => d.Code == "ML8001").Severity);
        Assert.Equal(DiagnosticSeverity.Info, report.Diagnostics.Single(d => d.Code == "ML8003").Severity);
        Assert.Equal((1, 0, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
    }

    [Fact]
    public void A_disabled_rule_does_not_run()
    {
        var report = AgreementValidator.Validate(Documents.Minimal, AsOf2024 with { DisabledRules = ["ML8001"] });

        Assert.Equal(["ML8003"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Reading_codes_keep_their_severity_whatever_the_overrides()
    {
        var options = AsOf2024 with { SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal) { ["ML1004"] = DiagnosticSeverity.Info } };

        var report = AgreementValidator.Validate(Documents.Minimal.Replace("\"value\": 1,", "\"value\": \"ett\",", StringComparison.Ordinal), options);

        Assert.False(report.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, report.Diagnostics.Single(d => d.Code == "ML1004").Severity);
    }

    [Fact]
    public void A_municipality_adds_its_own_rule_without_forking()
    {
        var options = AsOf2024 with { AdditionalRules = [new EveryCommitmentHasADepartment()] };

        var report = AgreementValidator.Validate(Documents.Minimal, options);

        var own = Assert.Single(report.Diagnostics, d => d.Code == "KOM1001");
        Assert.Equal("/commitments/0", own.Pointer);
        Assert.Equal(DiagnosticSeverity.Warning, own.Severity);
        Assert.Equal("Löftet c1 saknar ansvarig förvaltning.", own.Message.Swedish);
    }

    [Fact]
    public void An_added_rule_can_be_overridden_and_turned_off_like_a_built_in_one()
    {
        var rules = new IValidationRule[] { new EveryCommitmentHasADepartment() };
        var overridden = AgreementValidator.Validate(Documents.Minimal, AsOf2024 with
        {
            AdditionalRules = rules,
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal) { ["KOM1001"] = DiagnosticSeverity.Error },
        });
        var off = AgreementValidator.Validate(Documents.Minimal, AsOf2024 with { AdditionalRules = rules, DisabledRules = ["KOM1001"] });

        Assert.False(overridden.IsValid);
        Assert.DoesNotContain(off.Diagnostics, d => d.Code == "KOM1001");
    }

    [Fact]
    public void A_rule_that_throws_becomes_ML9999_and_the_other_rules_still_report()
    {
        var options = AsOf2024 with { AdditionalRules = [new ThrowingRule(), new EveryCommitmentHasADepartment()] };

        var report = AgreementValidator.Validate(Documents.Minimal, options);

        var failed = Assert.Single(report.Diagnostics, d => d.Code == "ML9999");
        Assert.Equal(DiagnosticSeverity.Error, failed.Severity);
        Assert.Contains("KOM9999", failed.Message.English, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", failed.Message.English, StringComparison.Ordinal);
        Assert.Contains(report.Diagnostics, d => d.Code == "KOM1001");
        Assert.Contains(report.Diagnostics, d => d.Code == "ML8001");
    }

    [Fact]
    public void A_rule_without_a_descriptor_becomes_ML9999()
    {
        var report = AgreementValidator.Validate(Documents.Minimal, AsOf2024 with { AdditionalRules = [new NoDescriptorRule()] });

        Assert.Contains(report.Diagnostics, d => d.Code == "ML9999");
    }

    [Fact]
    public void A_value_of_the_wrong_format_is_an_error_and_the_rules_still_judge_the_rest()
    {
        var json = Documents.Minimal.Replace("\"id\": \"test-2024\"", "\"id\": \"test 2024\"", StringComparison.Ordinal);

        var report = AgreementValidator.Validate(json, AsOf2024);

        // The reader reports the id's pattern (the schema's ML2005); the model is whole, so the rules run as well.
        Assert.False(report.IsValid);
        Assert.NotNull(report.Agreement);
        Assert.Equal(["ML8001", "ML8003", "ML2005"], report.Diagnostics.Select(d => d.Code));
        Assert.Equal("/id", report.Diagnostics[2].Pointer);
        Assert.False(Medborgarlofte.AgreementJson.Read(json).Success);
    }

    [Fact]
    public void When_reading_fails_the_rules_do_not_run_and_the_report_is_invalid()
    {
        var json = Documents.Minimal.Replace("\"value\": 1,", "\"value\": \"ett\",", StringComparison.Ordinal).Replace("\"polisen\"\n      ]", "\"nobody\"\n      ]", StringComparison.Ordinal);

        var report = AgreementValidator.Validate(json, AsOf2024);

        Assert.False(report.IsValid);
        Assert.Null(report.Agreement);
        Assert.Equal(["ML1004"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Diagnostics_follow_the_order_of_the_file_not_the_order_of_the_rules()
    {
        // commitments written before parties: the commitment's problems come first.
        using var document = JsonDocument.Parse(Documents.Minimal);
        var properties = document.RootElement.EnumerateObject().ToList();
        var reordered = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in properties.Where(p => p.Name == "commitments"))
        {
            reordered[p.Name] = p.Value;
        }

        foreach (var p in properties.Where(p => p.Name != "commitments"))
        {
            reordered[p.Name] = p.Value;
        }

        var json = JsonSerializer.Serialize(reordered)
            .Replace("[\"polisen\"]", "[\"nobody\"]", StringComparison.Ordinal)
            .Replace("\"1278\"", "\"9999\"", StringComparison.Ordinal);

        var report = AgreementValidator.Validate(json, AsOf2024);

        Assert.Equal(["ML8001", "ML8003", "ML3002", "ML4003"], report.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_model_built_in_code_is_validated_by_the_rules()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");
        var broken = agreement with
        {
            Commitments = [.. agreement.Commitments.Select((c, i) => i == 2 ? c with { ResponsibleParties = ["polisen", "brandkåren"] } : c)],
        };

        var report = AgreementValidator.Validate(broken, AsOf2024);

        Assert.Equal("/commitments/2/responsibleParties/1", Assert.Single(report.Diagnostics, d => d.Code == "ML3002").Pointer);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void A_model_holding_nulls_is_reported_not_thrown()
    {
        var agreement = ExampleFiles.Load("svalov-2020");
        var broken = agreement with { Parties = [agreement.Parties[0], null!], Commitments = [null!, agreement.Commitments[1]], Title = null! };

        ValidationReport? report = null;
        var thrown = Record.Exception(() => report = AgreementValidator.Validate(broken, AsOf2024));

        Assert.Null(thrown);
        Assert.NotNull(report);
        Assert.False(report.IsValid);
        // No rule stumbled over a null (a rule that throws is caught and reported as ML9999, its checks lost) ...
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.RuleFailed.Code);
        // ... and the rules still judged what is there: the police party is gone, and the commitment after the null one.
        Assert.Contains(report.Diagnostics, d => d is { Code: "ML4002", Severity: DiagnosticSeverity.Error, Pointer: "/parties" });
        Assert.Contains(report.Diagnostics, d => d is { Code: "ML7002", Pointer: "/commitments/1" });
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"formatVersion\": \"1.0\"")]
    [InlineData("\"\\ud800\"")]
    public void Bad_input_gives_an_invalid_report_not_an_exception(string json)
    {
        var report = AgreementValidator.Validate(json);

        Assert.False(report.IsValid);
        Assert.NotEmpty(report.Diagnostics);
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var report = AgreementValidator.Validate(json);

        Assert.Equal("ML0003", Assert.Single(report.Diagnostics).Code);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Truncated_and_mutated_examples_never_throw(string name)
    {
        var bytes = ExampleFiles.Bytes(name);
        var random = new Random(1278);
        for (var cut = 0; cut < bytes.Length; cut += 211)
        {
            AgreementValidator.Validate(bytes.AsMemory(0, cut), AsOf2024);
        }

        for (var i = 0; i < 200; i++)
        {
            var mutated = (byte[])bytes.Clone();
            for (var n = 0; n < 3; n++)
            {
                mutated[random.Next(mutated.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            var report = AgreementValidator.Validate(mutated, AsOf2024);
            Assert.Equal(report.ErrorCount == 0 && report.Agreement is not null, report.IsValid);
        }
    }

    [Fact]
    public void Ten_thousand_commitments_are_all_checked()
    {
        // Growth in time is measured by the benchmarks (no timing assertions in tests); this checks the result at scale.
        var report = AgreementValidator.Validate(LargeDocument(10_000), AsOf2024 with { Limits = new Medborgarlofte.JsonLimits { MaxDiagnostics = 100_000 } });

        Assert.Equal(10_000, report.Diagnostics.Count(d => d.Code == "ML7002"));
        Assert.Equal(9_999, report.Diagnostics.Count(d => d.Code == "ML7004"));
    }

    private static byte[] LargeDocument(int commitments)
    {
        var agreement = AgreementJson.Read(Documents.Minimal).GetValueOrThrow();
        var template = agreement.Commitments[0];
        var items = new Commitment[commitments];
        for (var i = 0; i < commitments; i++)
        {
            items[i] = template with
            {
                Id = "c" + i,
                Text = new LocalizedText("Polisen åtar sig att genomföra minst en trafikkontroll per vecka."),
                ResponsibleParties = default,
                Targets = [template.Targets[0] with { Id = "t" + i }],
            };
        }

        return AgreementJson.WriteToUtf8Bytes(agreement with { Commitments = [.. items] });
    }

    private sealed class EveryCommitmentHasADepartment : IValidationRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new("KOM1001", DiagnosticSeverity.Warning, new("Ansvarig förvaltning saknas", "No responsible department"));

        public void Check(ValidationContext context)
        {
            for (var i = 0; i < context.Commitments.Count; i++)
            {
                if (context.Commitments[i].ResponsibleDepartments.IsEmpty)
                {
                    context.Report(JsonPointer.Commitment(i), $"Löftet {context.Commitments[i].Id} saknar ansvarig förvaltning.", $"The commitment {context.Commitments[i].Id} has no responsible department.");
                }
            }
        }
    }

    private sealed class ThrowingRule : IValidationRule
    {
        public DiagnosticDescriptor Descriptor { get; } = new("KOM9999", DiagnosticSeverity.Error, new("Trasig", "Broken"));

        public void Check(ValidationContext context) => throw new InvalidOperationException("bug in a municipality's rule");
    }

    private sealed class NoDescriptorRule : IValidationRule
    {
        public DiagnosticDescriptor Descriptor => null!;

        public void Check(ValidationContext context)
        {
        }
    }
}
