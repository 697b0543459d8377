using System.Globalization;
using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.Rendering;
using Medborgarlofte.Tests.Properties;
using Xunit;

namespace Medborgarlofte.Tests.Rendering;

public sealed class EscaperTests
{
    [Theory]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("Polis & kommun", "Polis &amp; kommun")]
    [InlineData("&amp; stays visible", "&amp;amp; stays visible")]
    [InlineData("\"tidig upptäckt\"", "&quot;tidig upptäckt&quot;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("åäö – ok", "åäö – ok")]
    [InlineData("a\u0000b\u0008c", "a\uFFFDb\uFFFDc")]
    [InlineData("😀", "😀")]
    public void Html_escaping(string text, string expected)
    {
        Assert.Equal(expected, HtmlEscaper.Escape(text));
    }

    [Fact]
    public void Html_escaping_replaces_a_lone_surrogate()
    {
        // Built at run time: a lone surrogate does not survive an attribute argument.
        var text = new string(['\uD800', 'x', '\uDC00']);

        Assert.Equal("\uFFFDx\uFFFD", HtmlEscaper.Escape(text));
    }

    [Fact]
    public void Html_escaping_at_the_ends_and_between_surrogates()
    {
        // Built at run time, not as attribute arguments, which cannot hold a lone surrogate.
        (string Text, string Expected)[] cases =
        [
            ("\uD83D", "\uFFFD"),
            ("a\uD83D", "a\uFFFD"),
            ("\uD83D\uD83D\uDE00", "\uFFFD\uD83D\uDE00"),
            ("\uDE00\uD83D", "\uFFFD\uFFFD"),
            ("&", "&amp;"),
            ("x\u007F&\u001F", "x\uFFFD&amp;\uFFFD"),
            ("\t\r\n", "\t\r\n"),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, HtmlEscaper.Escape(text));
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            HtmlEscaper.Write(output, text);
            Assert.Equal(expected, output.ToString());
        }
    }

    // The characters the escaper tells apart: the five, controls, both surrogate halves, and plain text.
    private static readonly char[] EscaperAlphabet = "&<>\"'\u007F\u0000\u0001\u001F\t\n\r aåZ–\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00\uFFFD".ToCharArray();

    [SeededProperty(2000, salt: 0xE5)]
    public Property Html_escaping_agrees_with_a_character_by_character_escaper() => Prop.ForAll(
        Arb.From(Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(EscaperAlphabet), n)).Select(chars => new string(chars)), Shrink.Text),
        text =>
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            HtmlEscaper.Write(output, text);

            var expected = CharacterByCharacter(text);
            Assert.Equal(expected, HtmlEscaper.Escape(text));
            Assert.Equal(expected, output.ToString());
        });

    [Theory]
    [InlineData("Polisen åtar sig att hålla föredrag för kommunens alla 6:e-klasser, samt (bl.a.) \"ang.\" 50% – ok?")]
    [InlineData("Etablera en process/metod för EST – Effektiv samordning för trygghet")]
    [InlineData("1.1 är ett nummer, inte en lista")]
    [InlineData("A-traktorer och 3 < 4 & 5 > 2")]
    [InlineData("Ersätter #3 och C# i mitten")]
    public void Markdown_leaves_ordinary_prose_unchanged(string text)
    {
        Assert.Equal(text, MarkdownEscaper.Escape(text, atLineStart: true));
    }

    [Theory]
    [InlineData("*viktigt*", @"\*viktigt\*")]
    [InlineData("__a__", @"\_\_a\_\_")]
    [InlineData("[länk](javascript:alert(1))", @"\[länk\](javascript:alert(1))")]
    [InlineData("`kod`", @"\`kod\`")]
    [InlineData(@"C:\mapp", @"C:\\mapp")]
    [InlineData("<script>x</script>", @"\<script>x\</script>")]
    [InlineData("&amp; &#38; &#x26;", @"\&amp; \&#38; \&#x26;")]
    [InlineData("~~struken~~", @"\~\~struken\~\~")]
    public void Markdown_escapes_what_would_change_meaning_anywhere(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(text, atLineStart: false));
    }

    [Theory]
    [InlineData("# Rubrik", @"\# Rubrik")]
    [InlineData("> citat", @"\> citat")]
    [InlineData("- punkt", @"\- punkt")]
    [InlineData("+ punkt", @"\+ punkt")]
    [InlineData("2020. Året", @"2020\. Året")]
    [InlineData("3) tre", @"3\) tre")]
    [InlineData("---", @"\---")]
    [InlineData("===", @"\===")]
    [InlineData("    indragen", "indragen")]
    [InlineData("rad ett  \n# rad två", "rad ett\n\\# rad två")]
    public void Markdown_escapes_block_starts_at_the_start_of_a_line(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(text, atLineStart: true));
    }

    [Fact]
    public void Markdown_block_starts_in_the_middle_of_a_line_stay()
    {
        Assert.Equal("a # b - c > d 2020. e", MarkdownEscaper.Escape("a # b - c > d 2020. e", atLineStart: false));
        Assert.Equal("# b", MarkdownEscaper.Escape("# b", atLineStart: false));
    }

    /// <summary>The rule as HTML states it, one character at a time: the oracle for the vectorised escaper.</summary>
    private static string CharacterByCharacter(string text)
    {
        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
                continue;
            }

            output.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsSurrogate(c) || c == '\u007F' || (c < ' ' && c is not ('\t' or '\n' or '\r')) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return output.ToString();
    }
}
