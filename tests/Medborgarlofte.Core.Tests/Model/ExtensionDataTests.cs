using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Tests.Generators;
using Xunit;

namespace Medborgarlofte.Tests.Model;

/// <summary>Extension data: made from properties or an object, structural equality, hashing, lookup.</summary>
public sealed class ExtensionDataTests
{
    [Fact]
    public void Properties_keep_their_order_and_values_are_looked_up_by_exact_name()
    {
        var data = ExtensionData.Create([new("b", JsonGen.Parse("1")), new("a", JsonGen.Parse("[true]"))]);

        Assert.Equal(["b", "a"], data.Properties.Select(p => p.Key));
        Assert.Equal(2, data.Count);
        Assert.False(data.IsEmpty);
        Assert.True(data.TryGetValue("a", out var a));
        Assert.Equal(JsonValueKind.Array, a.Value.ValueKind);
        Assert.False(data.TryGetValue("A", out var missing));
        Assert.Null(missing);
        Assert.Equal("{2 extension properties}", data.ToString());
    }

    [Fact]
    public void Nothing_makes_the_empty_instance()
    {
        Assert.Same(ExtensionData.Empty, ExtensionData.Create([]));
        Assert.Same(ExtensionData.Empty, ExtensionData.FromJsonObject(JsonGen.Parse("{}")));
        Assert.True(ExtensionData.Empty.IsEmpty);
        Assert.Equal(0, ExtensionData.Empty.Count);
    }

    [Fact]
    public void A_repeated_name_a_null_and_a_non_object_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ExtensionData.Create([new("a", JsonGen.Parse("1")), new("a", JsonGen.Parse("2"))]));
        Assert.Throws<ArgumentNullException>(() => ExtensionData.Create(null!));
        Assert.Throws<ArgumentNullException>(() => ExtensionData.Create([new(null!, JsonGen.Parse("1"))]));
        Assert.Throws<ArgumentException>(() => ExtensionData.FromJsonObject(JsonGen.Parse("[]")));
    }

    [Theory]
    [InlineData("{\"a\": 1, \"b\": [1, 2]}", "{\"b\": [1, 2], \"a\": 1}", true)]
    [InlineData("{\"a\": {\"x\": 1, \"y\": 2}}", "{\"a\": {\"y\": 2, \"x\": 1}}", true)]
    [InlineData("{\"a\": \"\\u00e5\"}", "{\"a\": \"å\"}", true)]
    [InlineData("{\"a\": null}", "{\"a\": null}", true)]
    [InlineData("{\"a\": 1}", "{\"a\": 1.0}", true)]
    [InlineData("{\"a\": [2]}", "{\"a\": [20e-1]}", true)]
    [InlineData("{\"a\": 0}", "{\"a\": -0}", true)]
    [InlineData("{\"a\": 1}", "{\"a\": 1.5}", false)]
    [InlineData("{\"a\": 1e400}", "{\"a\": 1E400}", false)]
    [InlineData("{\"a\": 1}", "{\"a\": \"1\"}", false)]
    [InlineData("{\"a\": true}", "{\"a\": false}", false)]
    [InlineData("{\"a\": [1, 2]}", "{\"a\": [2, 1]}", false)]
    [InlineData("{\"a\": [1, 2]}", "{\"a\": [1, 2, 3]}", false)]
    [InlineData("{\"a\": {\"x\": 1}}", "{\"a\": {\"x\": 1, \"y\": 2}}", false)]
    [InlineData("{\"a\": {\"x\": 1, \"y\": 2}}", "{\"a\": {\"x\": 1}}", false)]
    [InlineData("{\"a\": {\"x\": 1}}", "{\"a\": {\"y\": 1}}", false)]
    [InlineData("{\"a\": 1}", "{\"b\": 1}", false)]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", false)]
    [InlineData("{\"a\": []}", "{\"a\": {}}", false)]
    [InlineData("{\"a\": null}", "{\"a\": false}", false)]
    public void Equality_is_structural_and_agrees_with_the_hash_code(string left, string right, bool equal)
    {
        var a = ExtensionData.FromJsonObject(JsonGen.Parse(left));
        var b = ExtensionData.FromJsonObject(JsonGen.Parse(right));

        Assert.Equal(equal, a.Equals(b));
        Assert.Equal(equal, b.Equals(a));
        Assert.Equal(equal, a == b);
        Assert.Equal(!equal, a != b);
        Assert.Equal(equal, a.Equals((object)b));
        if (equal)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void Null_and_other_types_are_not_equal()
    {
        var data = ExtensionData.FromJsonObject(JsonGen.Parse("{\"a\": 1}"));

        Assert.False(data.Equals(null));
        Assert.False(data.Equals("a"));
        Assert.False(data == null);
        Assert.True(data != null);
        Assert.True((ExtensionData?)null == null);
        Assert.True(data.Equals(data));
    }

    private static readonly string[] Different = ["{\"a\": 1}", "{\"a\": 2}", "{\"b\": 1}", "{\"a\": [1]}", "{\"a\": {\"a\": 1}}", "{\"a\": \"1\"}", "{\"a\": true}", "{\"a\": null}", "{\"a\": [1, 2]}", "{\"a\": [2, 1]}"];

    [Fact]
    public void Hash_codes_differ_for_different_data() => Assert.True(
        Different
            .Select(json => ExtensionData.FromJsonObject(JsonGen.Parse(json)).GetHashCode())
            .Distinct()
            .Count() >= 9);
}
