
namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8005: every language key of a text is a well-formed BCP 47 tag (the reader accepts any key).</summary>
internal sealed class LanguageTagRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.InvalidLanguageTag;

    public void Check(ValidationContext context)
    {
        foreach (var (pointer, tag) in context.Texts.MalformedTags)
        {
            context.Report(
                pointer,
                new LocalizedText($"\"{tag}\" är inte en giltig språkkod (BCP 47).", $"\"{tag}\" is not a valid language tag (BCP 47)."),
                new LocalizedText("Använd en kod som en, fi, se (nordsamiska), smj (lulesamiska) eller fit (meänkieli).", "Use a tag such as en, fi, se (Northern Sami), smj (Lule Sami) or fit (Meänkieli)."));
        }
    }
}
