using System;
using System.Collections.Generic;
using Medborgarlofte.Diagnostics;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML8005: every language key of a text is a well-formed BCP 47 tag (the reader accepts any key).</summary>
internal sealed class LanguageTagRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.InvalidLanguageTag;

    public void Check(ValidationContext context)
    {
        // Most texts are Swedish only; the few tags a document uses are checked once each.
        var wellFormed = new HashSet<string>(StringComparer.Ordinal) { LocalizedText.SwedishTag, LocalizedText.EnglishTag };
        TextWalker.Walk(context.Agreement, (text, walker) =>
        {
            var entries = text.Entries;
            for (var i = 1; i < entries.Count; i++)
            {
                var tag = entries[i].Key;
                if (wellFormed.Contains(tag))
                {
                    continue;
                }

                if (LanguageTags.IsWellFormed(tag))
                {
                    wellFormed.Add(tag);
                    continue;
                }

                context.Report(
                    walker.PointerTo(tag),
                    new LocalizedText($"\"{tag}\" är inte en giltig språkkod (BCP 47).", $"\"{tag}\" is not a valid language tag (BCP 47)."),
                    new LocalizedText("Använd en kod som en, fi, se (nordsamiska), smj (lulesamiska) eller fit (meänkieli).", "Use a tag such as en, fi, se (Northern Sami), smj (Lule Sami) or fit (Meänkieli)."));
            }
        });
    }
}
