using System.Collections.Immutable;
using Xunit;

namespace Medborgarlofte.Tests.Collections;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_elements_are_equal_and_hash_alike()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ImmutableArray.Create("x", "y");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_matters()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = ["y", "x"];

        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Default_is_empty_and_equals_an_empty_array()
    {
        EquatableArray<int> none = default;
        EquatableArray<int> empty = [];

        Assert.True(none.IsEmpty);
        Assert.True(none.Count == 0);
        Assert.Equal(empty, none);
        Assert.Equal(empty.GetHashCode(), none.GetHashCode());
        Assert.Empty(none);
    }

    [Fact]
    public void Converting_from_an_array_copies_it()
    {
        int[] source = [1, 2];
        EquatableArray<int> array = source;

        source[0] = 9;

        Assert.Equal(1, array[0]);
    }
}
