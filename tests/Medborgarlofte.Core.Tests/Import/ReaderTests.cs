using System.Linq;
using System.Text;
using Medborgarlofte.Import;
using Medborgarlofte.Import.Blocks;
using Medborgarlofte.Import.Readers;
using Xunit;

namespace Medborgarlofte.Tests.Import;

/// <summary>Each reader gives the same neutral blocks: headings with levels, paragraphs, list items with numbers, table rows.</summary>
public sealed class ReaderTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="sv"><head><title>Medborgarlöfte</title><script>track()</script></head><body>
        <div id="cookie-banner"><p>Vi använder kakor. Godkänn alla kakor.</p><button>OK</button></div>
        <header><nav><ul><li><a href="/">Start</a></li><li><a href="/trygghet">Trygghet</a></li></ul></nav></header>
        <main>
          <h1>Medborgarlöfte i Exempelby kommun 2025</h1>
          <p>Kommunen och lokalpolisområde Exempelby samverkar för trygghet.<br>Löftet gäller 2025.</p>
          <h2>Det här ska vi göra</h2>
          <ol start="3"><li>Polisen lovar att genomföra minst en trafikkontroll per vecka.</li><li><strong>Trygghetsvandringar</strong></li></ol>
          <table><tr><th>Löfte</th><th>Ansvar</th></tr><tr><td>Dialoger</td><td>Kommunen</td></tr></table>
        </main>
        <footer><p>Kontakta kommunen</p></footer></body></html>
        """;

    [Fact]
    public void A_web_page_gives_its_main_content_without_navigation_or_cookie_banner()
    {
        var blocks = BlockReader.Read(Encoding.UTF8.GetBytes(Page), "lofte.html").Blocks;
        Assert.DoesNotContain(blocks, b => b.Text.Contains("kakor", System.StringComparison.Ordinal) || b.Text == "Start" || b.Text.Contains("Kontakta", System.StringComparison.Ordinal));
        Assert.Equal(new Block(BlockKind.Heading, "Medborgarlöfte i Exempelby kommun 2025") { Level = 1 }, blocks[0]);
        Assert.Equal("Löftet gäller 2025.", blocks[2].Text); // <br> ends a line
        var items = blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["3", "4"], items.Select(i => i.Number));
        Assert.True(items[1].Strong);
        Assert.Equal(["Dialoger", "Kommunen"], blocks.Last(b => b.Kind == BlockKind.TableRow).Cells);
    }

    [Fact]
    public void A_web_page_imports_to_a_draft()
    {
        var result = AgreementImporter.Import(Encoding.UTF8.GetBytes(Page), "lofte.html");
        Assert.NotNull(result.Draft);
        var commitment = result.Draft.Commitments[0];
        Assert.Equal(["polisen"], commitment.ResponsibleParties);
        Assert.Equal(Medborgarlofte.Recurrence.PerWeek, commitment.Targets[0].Recurrence);
        Assert.Equal(2025, result.Draft.Validity.Start.Year);
    }

    [Fact]
    public void Markdown_and_plain_text_give_headings_lists_numbers_and_joined_lines()
    {
        const string text = "# Titel\n\n## Åtgärder\n\n- **Fet punkt**\n- *kursiv punkt* som fortsätter\n  på nästa rad\n\n1.2 Polisen lovar att\nhålla möten.\nSyfte: Trygghet.\n";
        var blocks = BlockReader.Read(Encoding.UTF8.GetBytes(text), "lofte.md").Blocks;
        Assert.Equal(
            [
                new Block(BlockKind.Heading, "Titel") { Level = 1, Line = 1 },
                new Block(BlockKind.Heading, "Åtgärder") { Level = 2, Line = 3 },
                new Block(BlockKind.ListItem, "Fet punkt") { Strong = true, Line = 5 },
                new Block(BlockKind.ListItem, "kursiv punkt som fortsätter på nästa rad") { Line = 6 },
                new Block(BlockKind.ListItem, "Polisen lovar att hålla möten.") { Number = "1.2", Line = 9 },
                new Block(BlockKind.Paragraph, "Syfte: Trygghet.") { Line = 11 },
            ],
            blocks);
    }

    [Fact]
    public void Latin1_text_is_read()
    {
        var blocks = BlockReader.Read(Encoding.Latin1.GetBytes("Medborgarlöfte för Höör\n\nPolisen åtar sig att öka tryggheten."), "lofte.txt").Blocks;
        Assert.Equal("Polisen åtar sig att öka tryggheten.", blocks[^1].Text);
    }
}
