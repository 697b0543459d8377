using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>
/// The five real agreements give no errors; every warning and info they give is listed here, so
/// that a change in a rule or an example shows up as a change in this list.
/// </summary>
public sealed class ExampleValidationTests
{
    /// <summary>A fixed clock: mid-2025, when Åstorp 2023–2025 still applies and the others have ended.</summary>
    private static readonly ValidationOptions Options = new() { Clock = FixedClock.AtNoon(2025, 6, 1) };

    private static readonly Dictionary<string, string[]> Expected = new(System.StringComparer.Ordinal)
    {
        ["astorp-2023-2025"] =
        [
            "ML8003 warning ",
            "ML7003 warning /commitments/0",
            "ML7003 warning /commitments/1",
            "ML7002 warning /commitments/2",
            "ML7003 warning /commitments/2",
            "ML7003 warning /commitments/3",
            "ML7003 warning /commitments/4",
            "ML7002 warning /commitments/5",
            "ML7003 warning /commitments/5",
            "ML7003 warning /commitments/6",
            "ML7003 warning /commitments/7",
            "ML7003 warning /commitments/8",
            "ML7003 warning /commitments/9",
        ],
        ["bastad-2024"] =
        [
            "ML8001 warning ",
            "ML5006 info /validity/end",
            "ML7003 warning /commitments/2",
            "ML7003 warning /commitments/5",
            "ML7003 warning /commitments/6",
            "ML7003 warning /commitments/7",
            "ML7003 warning /commitments/8",
            "ML7003 warning /commitments/9",
            "ML7003 warning /commitments/11",
            "ML7003 warning /commitments/12",
            "ML8002 warning /goals/0",
        ],
        ["hoor-2023-2024"] =
        [
            "ML8003 warning ",
            "ML5006 info /validity/end",
            "ML7003 warning /commitments/0",
            "ML7003 warning /commitments/1",
            "ML7002 warning /commitments/2",
            "ML7003 warning /commitments/2",
            "ML7003 warning /commitments/3",
            "ML5004 warning /signatures/0/date",
            "ML5004 warning /signatures/1/date",
        ],
        ["kungsbacka-2019-2020"] =
        [
            "ML8001 warning ",
            "ML8003 warning ",
            "ML5006 info /validity/end",
            "ML7003 warning /commitments/0",
            "ML7003 warning /commitments/6",
        ],
        ["svalov-2020"] =
        [
            "ML8001 warning ",
            "ML5006 info /validity/end",
            "ML7002 warning /commitments/0",
            "ML7002 warning /commitments/1",
            "ML5003 warning /signatures/0",
            "ML5003 warning /signatures/1",
        ],
    };

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Example_is_valid_with_no_error(string name)
    {
        var report = AgreementValidator.Validate(ExampleFiles.Bytes(name), Options);

        Assert.True(report.IsValid);
        Assert.Equal(0, report.ErrorCount);
        Assert.NotNull(report.Agreement);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Example_gives_exactly_the_listed_warnings_and_info_in_document_order(string name)
    {
        var report = AgreementValidator.Validate(ExampleFiles.Bytes(name), Options);

        var actual = report.Diagnostics.Select(d => $"{d.Code} {ValidationReportJson.SeverityName(d.Severity)} {d.Pointer}");

        Assert.Equal(Expected[name], actual);
    }

    [Fact]
    public void Every_example_is_listed()
    {
        Assert.Equal(ExampleFiles.Names.Order(System.StringComparer.Ordinal), Expected.Keys.Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Kungsbacka_is_agreed_without_signatures_and_needs_none()
    {
        var report = AgreementValidator.Validate(ExampleFiles.Bytes("kungsbacka-2019-2020"), Options);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.MissingSignature.Code);
    }

    [Fact]
    public void Svalovs_undated_signatures_are_warnings_not_errors()
    {
        var report = AgreementValidator.Validate(ExampleFiles.Bytes("svalov-2020"), Options);

        Assert.All(report.Diagnostics.Where(d => d.Code == DiagnosticCodes.UndatedSignature.Code), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
