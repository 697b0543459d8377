using System.Linq;
using System.Text.Json.Nodes;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>ML8001 asks for a follow-up plan; a plan that only says when the promises are evaluated is one.</summary>
public sealed class NoFollowUpPlanRuleTests
{
    private static readonly ValidationOptions AsOf2024 = new() { AsOf = new NodaTime.LocalDate(2024, 6, 1) };

    [Fact]
    public void A_document_without_a_plan_is_warned()
    {
        var report = AgreementValidator.Validate(Documents.Minimal, AsOf2024);

        Assert.Contains(report.Diagnostics, d => d.Code == "ML8001" && d.Pointer == "");
    }

    [Fact]
    public void An_empty_plan_is_warned_at_the_plan()
    {
        var report = AgreementValidator.Validate(WithPlan(new JsonObject()), AsOf2024);

        Assert.Contains(report.Diagnostics, d => d.Code == "ML8001" && d.Pointer == "/followUpPlan");
    }

    [Fact]
    public void A_plan_holding_only_an_evaluation_date_is_a_plan()
    {
        var plan = new JsonObject { ["evaluation"] = new JsonObject { ["due"] = "2024-12-31" } };

        var report = AgreementValidator.Validate(WithPlan(plan), AsOf2024);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "ML8001");
        Assert.Equal(0, report.ErrorCount);
    }

    private static string WithPlan(JsonObject plan)
    {
        var document = JsonNode.Parse(Documents.Minimal)!;
        document["formatVersion"] = "1.1";
        document["followUpPlan"] = plan;
        return document.ToJsonString();
    }
}
