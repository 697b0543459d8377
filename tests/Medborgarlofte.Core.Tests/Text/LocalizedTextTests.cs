using System;
using System.Collections.Generic;
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
}
