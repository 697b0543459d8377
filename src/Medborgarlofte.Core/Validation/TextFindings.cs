using System;
using System.Collections.Generic;
using Medborgarlofte.Model;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation;

/// <summary>
/// What the rules on every human text look for, found in one walk over the texts: language keys that
/// are not well-formed tags (ML8005) and texts other than a commitment's own whose Swedish is blank (ML8006).
/// Each list is in document order, with the pointer the rule reports at.
/// </summary>
/// <remarks>
/// Why one walk for two rules: a walk over every text of a 10 000-commitment agreement reads about 20 MB
/// that no cache holds, and it cost as much as all the rule's own work; two walks read it twice.
/// </remarks>
internal sealed class TextFindings
{
    private TextFindings()
    {
    }

    /// <summary>Gets the pointer and key of each language key that is not a well-formed BCP 47 tag.</summary>
    internal List<(string Pointer, string Tag)> MalformedTags { get; } = [];

    /// <summary>Gets the pointer to the Swedish of each blank text that is not a commitment's own text.</summary>
    internal List<string> BlankSwedish { get; } = [];

    internal static TextFindings Collect(Agreement agreement)
    {
        var findings = new TextFindings();

        // Most texts are in Swedish and English only, which the text knows of itself (worked out when it was built);
        // the few other tags a document uses are checked once each.
        var wellFormed = new HashSet<string>(StringComparer.Ordinal) { LocalizedText.SwedishTag, LocalizedText.EnglishTag };
        TextWalker.Walk(agreement, (text, walker) =>
        {
            if (text.HasOtherLanguages)
            {
                for (var i = 1; i < text.EntryCount; i++)
                {
                    var tag = text.EntryAt(i).Key;
                    if (wellFormed.Contains(tag))
                    {
                        continue;
                    }

                    if (LanguageTags.IsWellFormed(tag))
                    {
                        wellFormed.Add(tag);
                        continue;
                    }

                    findings.MalformedTags.Add((walker.PointerTo(tag), tag));
                }
            }

            if (!walker.IsCommitmentText && text.IsSwedishBlank)
            {
                findings.BlankSwedish.Add(walker.PointerTo(LocalizedText.SwedishTag));
            }
        });
        return findings;
    }
}
