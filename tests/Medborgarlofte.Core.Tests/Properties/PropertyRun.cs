using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// Runs FsCheck properties on seeded, reproducible cases (<see cref="SeededPropertyAttribute"/>, or
/// <see cref="Check"/> inside a theory). Every run checks the same cases; a failure prints the shrunk
/// counterexample and the seed. To explore beyond the fixed cases, set
/// <c>MEDBORGARLOFTE_PROPERTY_SEED</c> to another number and/or <c>MEDBORGARLOFTE_PROPERTY_SCALE</c>
/// to multiply the number of cases; the seed is printed in the failure message.
/// <c>MEDBORGARLOFTE_PROPERTY_CASES</c> sets every property's number of cases instead: the mutation
/// test script sets it low, as each property runs once per mutant there.
/// </summary>
internal static class PropertyRun
{
    /// <summary>The seed of every property unless overridden.</summary>
    internal const ulong DefaultSeed = 20261122UL;

    // An odd gamma, as SplitMix requires.
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    internal static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("MEDBORGARLOFTE_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    private static int? FixedCases =>
        int.TryParse(Environment.GetEnvironmentVariable("MEDBORGARLOFTE_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0 ? cases : null;

    private static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("MEDBORGARLOFTE_PROPERTY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>How many cases a property of <paramref name="cases"/> cases at scale 1 runs now.</summary>
    internal static int CasesFor(int cases) => FixedCases ?? (cases * Scale);

    /// <summary>The seed of a property with <paramref name="salt"/>, as FsCheck.Xunit's <c>Replay</c> reads it.</summary>
    internal static string ReplayFor(ulong salt) => FormattableString.Invariant($"({Seed + salt},{Gamma})");

    /// <summary>
    /// Checks <paramref name="property"/> (which asserts) on <paramref name="cases"/> values of <paramref name="gen"/>:
    /// for a property that is a theory, which <see cref="SeededPropertyAttribute"/> cannot be.
    /// </summary>
    internal static void Check<T>(Gen<T> gen, Action<T> property, int cases, ulong salt = 0)
    {
        var seed = Seed + salt;
        var replay = new Replay(new Rnd(seed, Gamma), FSharpOption<int>.None);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(CasesFor(cases))
            .WithReplay(FSharpOption<Replay>.Some(replay))
            .WithName(FormattableString.Invariant($"seed {seed}"));
        Prop.ForAll(gen.ToArbitrary(), property).Check(config);
    }

    /// <summary>Gets <paramref name="count"/> values of <paramref name="gen"/>, the same on every run.</summary>
    internal static T[] Sample<T>(Gen<T> gen, int count, ulong salt = 0) =>
        Gen.Sample(gen, count, new Rnd(Seed + salt, Gamma), 50);
}
