using System;
using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.Text;
using Xunit;

namespace Medborgarlofte.Tests.Text;

public sealed class LocalizedTextTests
{
    [Fact]
    public void Equal_texts_hash_alike_whatever_order_translations_were_added_in()
    {
        var a = new LocalizedText("Trafik").With("fi", "Liikenne").With("en", "Traffic");
        var b = new LocalizedText("Trafik", "Traffic").With("fi", "Liikenne");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(["sv", "en", "fi"], a.Languages);
    }

    [Fact]
    public void Texts_differing_in_one_language_are_not_equal()
    {
        var a = new LocalizedText("Trafik", "Traffic");
        var b = new LocalizedText("Trafik", "Road traffic");

        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Get_falls_back_to_Swedish_and_says_so()
    {
        var text = new LocalizedText("Ungdomar");

        Assert.Equal("Ungdomar", text.Get("en", out var fellBack));
        Assert.True(fellBack);
        Assert.Null(text.English);
    }

    [Fact]
    public void Create_requires_Swedish_and_unique_languages()
    {
        Assert.Throws<ArgumentException>(() => LocalizedText.Create([new("en", "Traffic")]));
        Assert.Throws<ArgumentException>(() => LocalizedText.Create([new("sv", "a"), new("sv", "b")]));
        Assert.Equal("a", LocalizedText.Create([new KeyValuePair<string, string>("sv", "a")]).Swedish);
    }
    public static TheoryData<string, bool, bool> TextsAndWhatTheyKnowOfThemselves() => new()
    {
        { "sv=Trygghet", false, false },
        { "sv=", true, false },
        { "sv= \t\u00a0", true, false },
        { "sv=Trygghet|en=Safety", false, false },
        { "sv= |en=Safety", true, false },
        { "sv=Trygghet|fi=Turvallisuus", false, true },
        { "sv=Trygghet|en=Safety|se=Oadjebasvuohta", false, true },
        { "sv=Trygghet|EN=Safety", false, true },
    };

    [Theory]
    [MemberData(nameof(TextsAndWhatTheyKnowOfThemselves))]
    public void A_text_knows_whether_its_Swedish_is_blank_and_whether_it_has_languages_besides_Swedish_and_English(string entries, bool blank, bool otherLanguages)
    {
        var pairs = entries.Split('|').Select(e => e.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1])).ToList();
        var created = LocalizedText.Create(pairs);
        var built = pairs.Skip(1).Aggregate(new LocalizedText(pairs[0].Value), (text, pair) => text.With(pair.Key, pair.Value));

        foreach (var text in new[] { created, built })
        {
            Assert.Equal(blank, text.IsSwedishBlank);
            Assert.Equal(otherLanguages, text.HasOtherLanguages);
        }

        if (pairs.Count == 2 && pairs[1].Key == LocalizedText.EnglishTag)
        {
            var pair = new LocalizedText(pairs[0].Value, pairs[1].Value);
            Assert.Equal(blank, pair.IsSwedishBlank);
            Assert.False(pair.HasOtherLanguages);
        }

        if (pairs.Count == 1)
        {
            Assert.False(new LocalizedText(pairs[0].Value).HasOtherLanguages);
        }
    }
}
