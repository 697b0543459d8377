using Medborgarlofte.Diagnostics;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8006: a text's Swedish is not empty; a commitment's own text is ML7001's.</summary>
internal sealed class EmptyTextRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.EmptyText;

    public void Check(ValidationContext context) =>
        TextWalker.Walk(context.Agreement, (text, walker) =>
        {
            if (!walker.IsCommitmentText && string.IsNullOrWhiteSpace(text.Swedish))
            {
                context.Report(
                    walker.PointerTo(LocalizedText.SwedishTag),
                    new LocalizedText("Texten är tom på svenska.", "The text is empty in Swedish."),
                    new LocalizedText("Skriv texten, eller ta bort egenskapen om den inte behövs.", "Write the text, or leave the property out if it is not needed."));
            }
        });
}
