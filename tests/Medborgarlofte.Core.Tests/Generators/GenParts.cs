using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Medborgarlofte.Tests.Generators;

/// <summary>
/// Small building blocks for the generators: optional values, arrays of a bounded length, unique ids,
/// references to ids, dates and intervals. Lengths are chosen explicitly (not from FsCheck's size), so
/// every case, early or late in a run, covers short and long lists alike.
/// </summary>
public static class GenParts
{
    /// <summary>The first day dates are generated from.</summary>
    public static readonly LocalDate Epoch = new(1995, 1, 1);

    private static readonly char[] IdStart = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];

    private static readonly char[] IdRest = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-"];

    private static readonly string[] IdWords = ["kommunen", "polisen", "c1", "c1.2", "t3.2", "lpo:angelholm", "area_1", "g-2", "src.2024", "bra", "styrgrupp"];

    /// <summary>Gets an id as the format allows it: ASCII letters, digits and <c>. _ - :</c>, starting with a letter or digit.</summary>
    public static Gen<string> Id { get; } = Dice.Any.Select(NextId);

    /// <summary>Gets a date from 1995 to about 2049.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Choose(0, 20000).Select(days => Epoch.PlusDays(days));

    /// <summary>Gets an interval, start before or on end, up to about three years long.</summary>
    public static Gen<DateInterval> Interval { get; } =
        from start in Date
        from length in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 1100)))
        select new DateInterval(start, start.PlusDays(length));

    /// <summary>Gets null half the time, otherwise a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (1, gen.Select(value => (T?)value)));

    /// <summary>Gets null half the time, otherwise a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (1, gen.Select(value => (T?)value)));

    /// <summary>Gets an array of 0 to <paramref name="max"/> items; empty a third of the time.</summary>
    public static Gen<EquatableArray<T>> ArrayOf<T>(Gen<T> gen, int max) =>
        from length in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, max)))
        from items in Gen.ArrayOf(gen, length)
        select new EquatableArray<T>(items);

    /// <summary>Gets every value of an enum with equal chance.</summary>
    public static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(System.Enum.GetValues<T>());

    /// <summary>Gets <paramref name="count"/> ids, each different (a later duplicate gets a suffix).</summary>
    public static Gen<string[]> UniqueIds(int count) =>
        Dice.Any.Select(dice => MakeUnique([.. Enumerable.Range(0, count).Select(_ => NextId(dice))]));

    /// <summary>Builds an id: a word of the domain two times in five, otherwise random id characters.</summary>
    /// <param name="dice">The random source.</param>
    /// <returns>The id.</returns>
    public static string NextId(Dice dice)
    {
        ArgumentNullException.ThrowIfNull(dice);
        if (dice.Next(5) < 2)
        {
            return dice.Pick(IdWords);
        }

        var id = new char[1 + dice.Next(13)];
        id[0] = dice.Pick(IdStart);
        for (var i = 1; i < id.Length; i++)
        {
            id[i] = dice.Pick(IdRest);
        }

        return new string(id);
    }

    /// <summary>Gets a reference to one of <paramref name="ids"/>, or null (always null when there are none).</summary>
    public static Gen<string?> ReferenceTo(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? Gen.Constant<string?>(null) : OrNull(Gen.Elements<string>(ids));

    /// <summary>Gets distinct references to some of <paramref name="ids"/>, in a random order; none a quarter of the time.</summary>
    public static Gen<EquatableArray<string>> ReferencesTo(IReadOnlyList<string> ids, int max) =>
        ids.Count == 0
            ? Gen.Constant(EquatableArray<string>.Empty)
            : Gen.Frequency(
                (1, Gen.Constant(EquatableArray<string>.Empty)),
                (3, from subset in Gen.SubListOf<string>(ids)
                    from shuffled in Gen.Shuffle<string>(subset)
                    select new EquatableArray<string>(shuffled.Take(max))));

    /// <summary>Gets distinct codes from a code list, in a random order.</summary>
    public static Gen<EquatableArray<string>> CodesFrom(IEnumerable<Medborgarlofte.Code> codes, int max) =>
        ReferencesTo([.. codes.Select(code => code.Value)], max);

    /// <summary>Splits <paramref name="items"/> into consecutive runs of the given lengths.</summary>
    public static T[][] Partition<T>(T[] items, int[] lengths)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lengths);
        var parts = new T[lengths.Length][];
        var offset = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            parts[i] = items[offset..(offset + lengths[i])];
            offset += lengths[i];
        }

        return parts;
    }

    private static string[] MakeUnique(string[] ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            while (!seen.Add(id))
            {
                id += "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            unique[i] = id;
        }

        return unique;
    }
}
