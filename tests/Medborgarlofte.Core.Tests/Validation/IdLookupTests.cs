using System.Linq;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>Ids looked up the same way whether searched in place (a few) or through a dictionary (many).</summary>
public sealed class IdLookupTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)] // the last size searched in place
    [InlineData(9)] // the first with a dictionary
    [InlineData(200)]
    public void Ids_duplicates_and_misses_are_found_at_any_size(int count)
    {
        // Ids "i0".."i{n-1}", then the first and the last again, and a null item's id.
        var ids = Enumerable.Range(0, count).Select(i => (string?)$"i{i}").Append("i0").Append($"i{count - 1}").Append(null).ToArray();
        var items = ids.Select((id, i) => $"item {i}").ToArray();
        var lookup = new IdLookup<string>(items, ids);

        Assert.Equal(count + 3, lookup.Count);
        Assert.True(lookup.TryFind("i0", out var first, out var index));
        Assert.Equal(("item 0", 0), (first, index));
        Assert.True(lookup.TryFind($"i{count - 1}", out var last, out index));
        Assert.Equal(($"item {count - 1}", count - 1), (last, index));
        Assert.False(lookup.TryFind("nope", out var missing, out index));
        Assert.Equal((null, -1), (missing, index));
        Assert.False(lookup.TryFind(null!, out _, out index));
        Assert.Equal(-1, index);
        Assert.True(lookup.Contains("i0"));
        Assert.False(lookup.Contains("I0")); // ordinal
        Assert.False(lookup.Contains(null!));
        Assert.True(lookup.IsAmbiguous("i0"));
        Assert.Equal(count > 1, lookup.IsAmbiguous($"i{count - 1}"));
        Assert.False(lookup.IsAmbiguous("i1") && count > 2);
        Assert.Equal(new[] { count, count + 1 }, lookup.DuplicateIndexes);
        Assert.Null(lookup.IdAt(count + 2));
        Assert.Equal("i0", lookup.IdAt(count));
    }

    [Fact]
    public void Unique_ids_have_no_duplicates()
    {
        var lookup = new IdLookup<string>(["a", "b"], ["x", "y"]);

        Assert.Empty(lookup.DuplicateIndexes);
        Assert.False(lookup.IsAmbiguous("x"));
        Assert.Equal("b", lookup[1]);
    }

    [Fact]
    public void Threads_that_look_up_first_at_once_agree()
    {
        // Past the in-place limit the dictionary is built on the first look-up; racing first look-ups must agree.
        var ids = Enumerable.Range(0, 500).Select(i => (string?)$"i{i % 400}").ToArray();
        var lookup = new IdLookup<int>(Enumerable.Range(0, 500).ToArray(), ids);

        var found = Enumerable.Range(0, 8).AsParallel().Select(t => Enumerable.Range(0, 400).All(i => lookup.TryFind($"i{i}", out var item, out var index) && item == i && index == i)).ToArray();

        Assert.All(found, Assert.True);
        Assert.Equal(Enumerable.Range(400, 100), lookup.DuplicateIndexes);
    }
}
