
namespace Medborgarlofte.Validation.Rules;

/// <summary>
/// ML8007: a text holds no bidirectional control (U+202A–U+202E, U+2066–U+2069). They can make a published
/// promise read differently from what it says; the renderers isolate them (HTML) or show them (Markdown).
/// </summary>
internal sealed class BidiControlRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.BidiControlInText;

    public void Check(ValidationContext context)
    {
        foreach (var pointer in context.Texts.BidiControls)
        {
            context.Report(
                pointer,
                new LocalizedText(
                    "Texten innehåller dubbelriktade styrtecken (U+202A–U+202E, U+2066–U+2069), som kan visa texten i en annan ordning än den står.",
                    "The text holds bidirectional control characters (U+202A–U+202E, U+2066–U+2069), which can show it in another order than it is written."),
                new LocalizedText("Ta bort styrtecknen; skriv texten i den ordning den ska läsas.", "Remove the control characters; write the text in the order it is to be read."));
        }
    }
}
