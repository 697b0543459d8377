using System;
using System.Collections.Generic;
using System.Linq;
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

    public static TheoryData<string> EntryLists() => ["sv=Trygghet", "sv=Trygghet|en=Safety", "en=Safety|sv=Trygghet", "sv=Trygghet|fi=Turvallisuus", "fi=Turvallisuus|en=Safety|sv=Trygghet|ar=أمان", "sv=Trygghet|EN=Safety"];

    /// <summary>
    /// A text keeps Swedish and English as fields and a list of entries only when it has another language; whichever
    /// way it is built and held, it shows the same languages, entries, look-ups, equality and hash.
    /// </summary>
    [Theory]
    [MemberData(nameof(EntryLists))]
    public void Every_way_of_building_a_text_shows_the_same_entries(string entries)
    {
        var pairs = entries.Split('|').Select(e => e.Split('=')).Select(e => new KeyValuePair<string, string>(e[0], e[1])).ToList();
        var sorted = pairs.OrderBy(p => p.Key == "sv" ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var created = LocalizedText.Create(pairs);
        var built = sorted.Skip(1).Aggregate(new LocalizedText(sorted[0].Value), (text, p) => text.With(p.Key, p.Value));
        var reversed = sorted.Skip(1).Reverse().Aggregate(new LocalizedText(sorted[0].Value), (text, p) => text.With(p.Key, p.Value));

        foreach (var text in new[] { created, built, reversed })
        {
            Assert.Equal(sorted, text.Entries);
            var list = Assert.IsAssignableFrom<IList<KeyValuePair<string, string>>>(text.Entries);
            Assert.Throws<NotSupportedException>(() => list[0] = new("sv", "Otrygghet")); // the text stays as it was
            Assert.Equal(sorted.Select(p => p.Key), text.Languages);
            Assert.Equal(sorted.Count, text.EntryCount);
            Assert.Equal(sorted, Enumerable.Range(0, text.EntryCount).Select(text.EntryAt));
            Assert.Equal(sorted.FirstOrDefault(p => p.Key == "en").Value, text.English);
            foreach (var (tag, value) in sorted)
            {
                Assert.True(text.TryGet(tag, out var found));
                Assert.Equal(value, found);
            }

            Assert.False(text.TryGet("de", out _));
            Assert.Equal(sorted.Exists(p => p.Key == "en"), text.TryGet("en", out _));
            Assert.Equal(created, text);
            Assert.Equal(created.GetHashCode(), text.GetHashCode());
        }

        Assert.NotEqual(created, created.With("sv", "Otrygghet"));
        Assert.NotEqual(created, created.With("de", "Sicherheit"));
        Assert.NotEqual(created.With("en", "Security"), created.With("en", "Safety").With("de", "Sicherheit"));
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
