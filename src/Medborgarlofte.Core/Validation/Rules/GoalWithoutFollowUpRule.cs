using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8002: a goal has a way to follow it up: a text, follow-up methods or an indicator.</summary>
internal sealed class GoalWithoutFollowUpRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.GoalWithoutFollowUp;

    public void Check(ValidationContext context)
    {
        var goals = context.Agreement.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] is { } goal && goal.FollowUp is null && goal.FollowUpMethods.IsEmpty && goal.Indicator is null)
            {
                context.Report(
                    JsonPointer.Goal(i),
                    new LocalizedText($"Målet {goal.Title?.Swedish ?? goal.Id} har inget sätt att följas upp.", $"The goal {goal.Title?.Swedish ?? goal.Id} has no way to be followed up."),
                    new LocalizedText("Ange followUp, followUpMethods (t.ex. safetySurvey) eller en indicator.", "Give followUp, followUpMethods (e.g. safetySurvey) or an indicator."));
            }
        }
    }
}
