using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// The sentences of a published text and the text of a Markdown rendering, normalised alike, so that a test can
/// ask whether each published sentence stands verbatim in the rendering. Blank lines and lines of dots (an empty
/// signing line, ".....") are the only lines exempt. The seed texts are Markdown themselves: their markup
/// (heading marks, list marks, emphasis) is not text, and neither are the rendering's own marks and escapes.
/// </summary>
internal static partial class PublishedText
{
    /// <summary>Gets the sentences of <paramref name="text"/>, normalised: each line split after <c>. ! ?</c> followed by a space.</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (DotsOnly().IsMatch(line))
            {
                continue;
            }

            foreach (var sentence in SentenceEnd().Split(Normalize(line)))
            {
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }
            }
        }
    }

    /// <summary>Gets the text of a Markdown rendering as one normalised line: marks and escapes removed, whitespace collapsed.</summary>
    internal static string OfMarkdown(string markdown) =>
        string.Join(' ', markdown.Split('\n').Select(Normalize).Where(line => line.Length > 0));

    /// <summary>Removes Markdown escapes, emphasis and a line's block mark (heading, list item, quote), and collapses whitespace.</summary>
    internal static string Normalize(string line)
    {
        var text = Escape().Replace(line, "$1").Replace("*", string.Empty, System.StringComparison.Ordinal).Replace("_", string.Empty, System.StringComparison.Ordinal);
        text = BlockMark().Replace(text, string.Empty);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^[\s.…]*$")]
    private static partial Regex DotsOnly();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^\s*(#+|[-•>]|\d+[.)])\s+")]
    private static partial Regex BlockMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
