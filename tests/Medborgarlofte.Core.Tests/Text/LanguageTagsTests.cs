using Xunit;

namespace Medborgarlofte.Tests.Text;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    [InlineData("fi")]
    [InlineData("se")]
    [InlineData("smj")]
    [InlineData("fit")]
    [InlineData("sv-FI")]
    [InlineData("SV-fi")]
    [InlineData("zh-Hant-TW")]
    [InlineData("zh-yue-HK")]
    [InlineData("es-419")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("de-CH-1901")]
    [InlineData("en-a-bbb-x-ccc")]
    [InlineData("x-whatever")]
    [InlineData("en-GB-oed")]
    [InlineData("i-klingon")]
    [InlineData("qaa")]
    [InlineData("english")]
    public void Well_formed_tags(string tag)
    {
        Assert.True(LanguageTags.IsWellFormed(tag));
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--GB")]
    [InlineData("svenska-språket")]
    [InlineData("toolongtag")]
    [InlineData("en-GB-GB")]
    [InlineData("de-1901-1901")]
    [InlineData("en-a-bbb-a-ccc")]
    [InlineData("en-a")]
    [InlineData("en-x")]
    [InlineData("x")]
    [InlineData("1234")]
    [InlineData("en GB")]
    public void Malformed_tags(string tag)
    {
        Assert.False(LanguageTags.IsWellFormed(tag));
    }

    [Fact]
    public void A_very_long_input_is_rejected_quickly()
    {
        Assert.False(LanguageTags.IsWellFormed(new string('a', 100_000)));
        Assert.False(LanguageTags.IsWellFormed(string.Concat(System.Linq.Enumerable.Repeat("ab-", 50_000))));
    }
}
