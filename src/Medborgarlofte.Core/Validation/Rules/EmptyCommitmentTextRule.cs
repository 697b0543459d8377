using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML7001: a commitment's Swedish text is not empty.</summary>
internal sealed class EmptyCommitmentTextRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.EmptyCommitmentText;

    public void Check(ValidationContext context)
    {
        var commitments = context.Agreement.Commitments;
        for (var i = 0; i < commitments.Count; i++)
        {
            // The text knows whether it is blank (worked out when it was built): reading the string again would fetch
            // every commitment's text from main memory in a large document.
            if (commitments[i]?.Text is { IsSwedishBlank: true })
            {
                context.Report(
                    JsonPointer.Append(JsonPointer.Append(JsonPointer.Commitment(i), "text"), LocalizedText.SwedishTag),
                    new LocalizedText("Löftet har ingen text.", "The commitment has no text."),
                    new LocalizedText("Skriv löftet ordagrant som det publicerades.", "Write the commitment verbatim as published."));
            }
        }
    }
}
