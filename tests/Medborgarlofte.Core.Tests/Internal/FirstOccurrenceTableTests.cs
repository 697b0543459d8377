using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Medborgarlofte.Internal;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>The pooled table finds the same first occurrences as a dictionary, whatever the hashes do.</summary>
public sealed class FirstOccurrenceTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Finds_what_a_dictionary_finds(int count)
    {
        for (var seed = 0; seed < 5; seed++)
        {
            var keys = Keys(count, seed);
            Assert.Equal(Oracle(keys), Run<OrdinalKeyComparer>(keys));
        }
    }

    [Fact]
    public void Keys_that_share_the_fast_hash_give_the_same_answers_and_do_not_go_quadratic()
    {
        var keys = Keys(3000, seed: 7);
        Interlocked.Exchange(ref CollidingOrdinal.EqualsCalls, 0);

        Assert.Equal(Oracle(keys), Run<CollidingOrdinal>(keys));

        // Every key hashes alike under the fast hash: without the switch to the strong hash the table compares
        // each key with every earlier one, about 4.5 million calls for 3 000 keys. With it, a few per key.
        Assert.InRange(Interlocked.Read(ref CollidingOrdinal.EqualsCalls), 1, 3000 * 8);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(3000)]
    public void Hashes_given_by_the_caller_give_the_same_answers_as_hashing_in_the_table(int count)
    {
        var keys = Keys(count, seed: 3);
        var hashes = keys.Select(k => k is null ? 0 : default(OrdinalKeyComparer).FastHash(k)).ToArray();
        using var table = new FirstOccurrenceTable<OrdinalKeyComparer>(keys, keys.Length, hashes);

        Assert.Equal(Oracle(keys), Enumerable.Range(0, keys.Length).Select(table.FirstOrAdd).ToArray());
    }

    [Fact]
    public void Given_hashes_that_all_collide_switch_to_the_strong_hash_and_do_not_go_quadratic()
    {
        var keys = Keys(3000, seed: 11);
        Interlocked.Exchange(ref CollidingOrdinal.EqualsCalls, 0);
        using var table = new FirstOccurrenceTable<CollidingOrdinal>(keys, keys.Length, new int[keys.Length]);

        Assert.Equal(Oracle(keys), Enumerable.Range(0, keys.Length).Select(table.FirstOrAdd).ToArray());
        Assert.InRange(Interlocked.Read(ref CollidingOrdinal.EqualsCalls), 1, 3000 * 8);
    }

    [Fact]
    public void A_case_blind_comparer_finds_texts_that_differ_in_case_only()
    {
        string?[] keys = ["Trygghetsvandring i Ängelholm", "TRYGGHETSVANDRING I ÄNGELHOLM", "trygghetsvandring i ängelholm.", null, "trygghetsvandring i ängelholm"];
        Assert.Equal(new[] { -1, 0, -1, -1, 0 }, Run<Medborgarlofte.Validation.Rules.DuplicateCommitmentTextRule.CaseInsensitiveText>(keys));
    }

    [Fact]
    public void Disposing_twice_is_harmless()
    {
        var table = new FirstOccurrenceTable<OrdinalKeyComparer>(["a"], 1);
        table.Dispose();
        table.Dispose();
    }

    private static int[] Run<TComparer>(string?[] keys)
        where TComparer : struct, IKeyComparer
    {
        using var table = new FirstOccurrenceTable<TComparer>(keys, keys.Length);
        return Enumerable.Range(0, keys.Length).Select(table.FirstOrAdd).ToArray();
    }

    private static int[] Oracle(string?[] keys)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        return keys.Select((key, i) => key is null ? -1 : first.TryAdd(key, i) ? -1 : first[key]).ToArray();
    }

    /// <summary>Short keys from a small alphabet, so that many repeat; one in ten is null.</summary>
    private static string?[] Keys(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => random.Next(10) == 0 ? null : new string(Enumerable.Range(0, random.Next(1, 4)).Select(_ => (char)('a' + random.Next(12))).ToArray()))
            .ToArray();
    }

    private readonly struct CollidingOrdinal : IKeyComparer
    {
        internal static long EqualsCalls;

        public bool Equals(string x, string y)
        {
            Interlocked.Increment(ref EqualsCalls);
            return string.Equals(x, y, StringComparison.Ordinal);
        }

        public int FastHash(string key) => 42;

        public int StrongHash(string key) => key.GetHashCode(StringComparison.Ordinal);
    }
}
