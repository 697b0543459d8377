using System;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Revisions;

public sealed class DiffOutputTests
{
    private static readonly AgreementDiff Diff = CreateDiff();

    [Fact]
    public void Markdown_groups_the_changes_by_area_Swedish_first()
    {
        var markdown = DiffMarkdownRenderer.Render(Diff);

        Assert.StartsWith("# Ändringar / Changes\n\nÄldre / Older: `kungsbacka-2019-2020`, revidering / revision 1\\\nNyare / Newer: `kungsbacka-2019-2020`, revidering / revision 1\n\n5 ändringar / changes.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Giltighetstid / Validity\n\n- **Ändrat / Changed** `/validity/end`: 2020-12-31 → 2021-06-30\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Löften / Commitments\n\n- **Borttaget / Removed** `c2.1` `/commitments/2`\\\n  Före / Before: 2.1 Kungsbacka kommun och polisen lovar", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Tillagt / Added** `c4.3` `/commitments/6`\\\n  Efter / After: 4.3 Polisen lovar att genomföra två trygghetsvandringar i Kungsbacka centrum.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Mål / Targets\n\n- **Ändrat / Changed** `t3.2` `/commitments/3/targets/0/value`: 1 → 2\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Underskrifter / Signatures\n\n- **Tillagt / Added** `kommunen` `/signatures/0`", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Giltighetstid", StringComparison.Ordinal) < markdown.IndexOf("## Löften", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("## Mål", StringComparison.Ordinal) < markdown.IndexOf("## Underskrifter", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_says_when_nothing_changed()
    {
        var agreement = ExampleFiles.Load("hoor-2023-2024");

        var markdown = DiffMarkdownRenderer.Render(AgreementComparer.Compare(agreement, agreement));

        Assert.EndsWith("\n\nInga ändringar. / No changes.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_document_text_in_summaries()
    {
        var diff = Diff with { Changes = [new Change { Kind = ChangeKind.Changed, Area = ChangeArea.Other, Pointer = "/title/sv", Before = "*a*", After = "<b>\n\nc" }] };

        Assert.Contains(": \\*a\\* → \\<b> c\n", DiffMarkdownRenderer.Render(diff), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_parses_and_holds_every_change()
    {
        using var json = JsonDocument.Parse(AgreementDiffJson.Write(Diff));
        var root = json.RootElement;
        var changes = root.GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal("kungsbacka-2019-2020", root.GetProperty("older").GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("newer").GetProperty("revision").GetInt32());
        Assert.Equal(5, changes.Count);
        Assert.Equal(["changed", "removed", "changed", "added", "added"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(["validity", "commitments", "targets", "commitments", "signatures"], changes.Select(c => c.GetProperty("area").GetString()));
        Assert.False(changes[0].TryGetProperty("id", out _));
        Assert.Equal("t3.2", changes[2].GetProperty("id").GetString());
        Assert.Equal("/commitments/3/targets/0/value", changes[2].GetProperty("pointer").GetString());
        Assert.Equal("2", changes[2].GetProperty("after").GetString());
        Assert.Equal(Diff.Changes[2].Before, changes[2].GetProperty("before").GetString());
        Assert.False(changes[3].TryGetProperty("before", out _));
        Assert.False(changes[1].TryGetProperty("after", out _));
    }

    [Fact]
    public void Json_of_no_diff_is_refused_with_the_argument_named()
    {
        var refused = Assert.Throws<ArgumentNullException>(() => AgreementDiffJson.WriteToUtf8Bytes(null!));

        Assert.Equal("diff", refused.ParamName);
    }

    [Fact]
    public void Json_is_UTF8_with_Swedish_letters_unescaped_and_a_final_newline()
    {
        var bytes = AgreementDiffJson.WriteToUtf8Bytes(Diff);
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Contains("trygghetsvandringar i Kungsbacka centrum", text, StringComparison.Ordinal);
        Assert.Contains("föreläsningar", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    private static AgreementDiff CreateDiff()
    {
        var older = ExampleFiles.Load("kungsbacka-2019-2020");
        return AgreementComparer.Compare(older, AgreementComparerTests.Revised(older));
    }
}
