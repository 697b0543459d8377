using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// A small, fast random source (SplitMix64) seeded from one FsCheck draw. Leaves of the generated
/// documents (strings, texts, JSON values) are built with it in plain code: one FsCheck bind per leaf
/// instead of dozens, which makes generation several times faster, and still reproducible from the
/// property's seed.
/// </summary>
public sealed class Dice
{
    private ulong _state;

    /// <summary>Initializes dice from a seed.</summary>
    /// <param name="seed">The seed.</param>
    public Dice(ulong seed)
    {
        _state = seed;
    }

    /// <summary>Gets a seed from FsCheck's random source, from which a <see cref="Dice"/> is made.</summary>
    public static Gen<Dice> Any { get; } =
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select new Dice(((ulong)(uint)high << 32) | (uint)low);

    /// <summary>Gets a number from 0 to <paramref name="maxExclusive"/> − 1.</summary>
    /// <param name="maxExclusive">The bound, at least 1.</param>
    /// <returns>The number.</returns>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>Gets a number from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    /// <param name="minimum">The smallest.</param>
    /// <param name="maximum">The largest.</param>
    /// <returns>The number.</returns>
    public int Between(int minimum, int maximum) => minimum + Next(maximum - minimum + 1);

    /// <summary>Gets true with a chance of one in <paramref name="n"/>.</summary>
    /// <param name="n">The odds.</param>
    /// <returns>Whether it came up.</returns>
    public bool OneIn(int n) => Next(n) == 0;

    /// <summary>Picks one of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, at least one.</param>
    /// <returns>The item picked.</returns>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(items.Count)];
    }

    /// <summary>Gets the next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
