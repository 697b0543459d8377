using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Integration;

/// <summary>Where developers meet diagnostics: an exception that carries them all and lists them in its message.</summary>
public sealed class AgreementValidationExceptionTests
{
    private static readonly ValidationOptions AsOf2024 = new() { AsOf = new LocalDate(2024, 6, 1) };

    /// <summary>Two errors at once: a revision number 0 and a target with no value.</summary>
    private static readonly string Broken = Documents.Minimal
        .Replace("\"number\": 1,", "\"number\": 0,", System.StringComparison.Ordinal)
        .Replace("\"value\": 1,", string.Empty, System.StringComparison.Ordinal);

    [Fact]
    public void ThrowIfInvalid_returns_a_valid_agreement()
    {
        var report = AgreementValidator.Validate(Documents.Minimal, AsOf2024);

        Assert.Same(report.Agreement, report.ThrowIfInvalid());
    }

    [Fact]
    public void ThrowIfInvalid_throws_with_every_diagnostic_in_the_message()
    {
        var report = AgreementValidator.Validate(Broken, AsOf2024);

        var e = Assert.Throws<AgreementValidationException>(() => report.ThrowIfInvalid());

        Assert.Equal(report.Diagnostics, e.Diagnostics);
        Assert.True(report.ErrorCount >= 2);
        foreach (var d in report.Diagnostics)
        {
            Assert.Contains(d.Code, e.Message, System.StringComparison.Ordinal);
            Assert.Contains(d.Pointer, e.Message, System.StringComparison.Ordinal);
            Assert.Contains(d.Message.Swedish, e.Message, System.StringComparison.Ordinal);
            Assert.Contains(d.Message.English!, e.Message, System.StringComparison.Ordinal);
        }

        Assert.StartsWith($"Dokumentet är inte giltigt: {report.ErrorCount} fel", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void GetValueOrThrow_throws_the_same_exception_type_with_the_reading_diagnostics()
    {
        var read = AgreementJson.Read(Broken);

        var e = Assert.Throws<AgreementValidationException>(() => read.GetValueOrThrow());

        Assert.Equal(read.Diagnostics, e.Diagnostics);
        Assert.Contains(e.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(e.Diagnostics.Count + 1, e.Message.Split('\n').Length);
    }

    [Fact]
    public void Each_diagnostic_from_text_is_listed_with_its_line_and_column()
    {
        var report = AgreementValidator.Validate(Broken, AsOf2024);

        var e = Assert.Throws<AgreementValidationException>(() => report.ThrowIfInvalid());

        var placed = report.Diagnostics.Where(d => d.Line is not null).ToList();
        Assert.NotEmpty(placed);
        foreach (var d in placed)
        {
            Assert.Contains($"{d.Code} {d.Severity} {d.Pointer} ({d.Line}:{d.Column}): ", e.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GetValueOrThrow_of_a_follow_up_document_throws_it_too()
    {
        var read = FollowUpJson.Read("{}");

        var e = Assert.Throws<AgreementValidationException>(() => read.GetValueOrThrow());

        Assert.NotEmpty(e.Diagnostics);
        Assert.All(e.Diagnostics, d => Assert.Contains(d.Code, e.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void It_is_a_JsonException_so_hosts_treat_it_as_bad_input()
    {
        var e = Assert.Throws<AgreementValidationException>(() => AgreementJson.Read("[]").GetValueOrThrow());

        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e);
        Assert.Single(e.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
