
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8006: a text's Swedish is not empty; a commitment's own text is ML7001's.</summary>
internal sealed class EmptyTextRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.EmptyText;

    public void Check(ValidationContext context)
    {
        foreach (var pointer in context.Texts.BlankSwedish)
        {
            context.Report(
                pointer,
                new LocalizedText("Texten är tom på svenska.", "The text is empty in Swedish."),
                new LocalizedText("Skriv texten, eller ta bort egenskapen om den inte behövs.", "Write the text, or leave the property out if it is not needed."));
        }
    }
}
