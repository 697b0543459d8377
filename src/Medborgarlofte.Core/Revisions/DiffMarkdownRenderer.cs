using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Medborgarlofte.Internal;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Revisions;

/// <summary>Writes an <see cref="AgreementDiff"/> as a Markdown report (ändringsrapport), Swedish first then English, grouped by area.</summary>
public static class DiffMarkdownRenderer
{
    private const int InlineLength = 60;

    /// <summary>Writes the report.</summary>
    /// <param name="diff">The changes.</param>
    /// <returns>The Markdown, with <c>\n</c> line ends and a final newline.</returns>
    public static string Render(AgreementDiff diff)
    {
        Preconditions.CheckNotNull(diff, nameof(diff));
        var output = new StringBuilder(4096);
        output.Append("# Ändringar / Changes\n\n");
        output.Append("Äldre / Older: ").Append(Code(diff.OlderId)).Append(", revidering / revision ").Append(diff.OlderRevision.ToString(CultureInfo.InvariantCulture)).Append("\\\n");
        output.Append("Nyare / Newer: ").Append(Code(diff.NewerId)).Append(", revidering / revision ").Append(diff.NewerRevision.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        if (!diff.HasChanges)
        {
            output.Append("Inga ändringar. / No changes.\n");
            return output.ToString();
        }

        var count = diff.Changes.Count.ToString(CultureInfo.InvariantCulture);
        output.Append(diff.Changes.Count == 1 ? "1 ändring / change.\n" : count + " ändringar / changes.\n");
        foreach (var area in Enum.GetValues<ChangeArea>())
        {
            var changes = diff.Changes.Where(c => c.Area == area).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            output.Append("\n## ").Append(ChangeCodes.AreaLabel(area)).Append("\n\n");
            foreach (var change in changes)
            {
                WriteChange(output, change);
            }
        }

        return output.ToString();
    }

    private static void WriteChange(StringBuilder output, Change change)
    {
        output.Append("- **").Append(ChangeCodes.KindLabel(change.Kind)).Append("**");
        if (change.Id is not null)
        {
            output.Append(' ').Append(Code(change.Id));
        }

        output.Append(' ').Append(Code(change.Pointer));
        var before = change.Before is null ? null : Text(change.Before);
        var after = change.After is null ? null : Text(change.After);
        if (change.Kind == ChangeKind.Changed && before is not null && after is not null && before.Length <= InlineLength && after.Length <= InlineLength)
        {
            output.Append(": ").Append(before).Append(" → ").Append(after).Append('\n');
            return;
        }

        if (before is not null)
        {
            output.Append("\\\n  Före / Before: ").Append(before);
        }

        if (after is not null)
        {
            output.Append("\\\n  Efter / After: ").Append(after);
        }

        output.Append('\n');
    }

    private static string Text(string value)
    {
        var flat = DocumentComposer.Flatten(value);
        return flat.Length == 0 ? "(tom / empty)" : MarkdownEscaper.Escape(flat, atLineStart: false);
    }

    private static string Code(string value) => MarkdownEscaper.CodeSpan(value);
}
