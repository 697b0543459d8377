using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML8001: the document says how the promises are followed up: a description, reports, or when they are
/// evaluated (a published "utvärderas före årets slut" is a follow-up plan of its own).
/// </summary>
internal sealed class NoFollowUpPlanRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.NoFollowUpPlan;

    public void Check(ValidationContext context)
    {
        var plan = context.Agreement.FollowUpPlan;
        if (plan is not null && (plan.Description is not null || !plan.Reports.IsEmpty || plan.Evaluation is not null))
        {
            return;
        }

        context.Report(
            plan is null ? JsonPointer.Root : "/followUpPlan",
            new LocalizedText("Dokumentet säger inte hur löftena följs upp.", "The document does not say how the promises are followed up."),
            new LocalizedText("Ange followUpPlan: till vilket forum, hur ofta och i vilken form (\"årsrapport till brottsförebyggande rådet\").", "Give a followUpPlan: to which forum, how often and in what form (\"a yearly report to the crime prevention council\")."));
    }
}
