using System;
using System.Linq;
using Medborgarlofte.FollowUp;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

public sealed class ObservationsByTargetTests
{
    [Fact]
    public void Each_target_gets_its_own_observations_in_document_order()
    {
        TargetObservation[] observations =
        [
            Observe("b", 1), Observe("a", 2), Observe("b", 3), Observe("c", 4), Observe("a", 5), Observe("b", 6),
        ];

        using var groups = new ObservationsByTarget(observations);

        Assert.Equal([2m, 5m], Values(groups, "a"));
        Assert.Equal([1m, 3m, 6m], Values(groups, "b"));
        Assert.Equal([4m], Values(groups, "c"));
    }

    [Fact]
    public void A_target_without_observations_gets_none()
    {
        using var groups = new ObservationsByTarget([Observe("a", 1)]);

        Assert.True(groups.Of("b").IsEmpty);
    }

    [Fact]
    public void No_observations_give_no_groups()
    {
        using var groups = new ObservationsByTarget([]);

        Assert.True(groups.Of("a").IsEmpty);
    }

    [Fact]
    public void Ids_are_compared_ordinally()
    {
        using var groups = new ObservationsByTarget([Observe("T1", 1), Observe("t1", 2)]);

        Assert.Equal([1m], Values(groups, "T1"));
        Assert.Equal([2m], Values(groups, "t1"));
    }

    [Fact]
    public void Many_targets_keep_their_observations_apart()
    {
        var observations = Enumerable.Range(0, 3000).Select(i => Observe("t" + (i % 700), i)).ToArray();

        using var groups = new ObservationsByTarget(observations);

        for (var t = 0; t < 700; t++)
        {
            var expected = Enumerable.Range(0, 3000).Where(i => i % 700 == t).Select(i => (decimal)i).ToArray();
            Assert.Equal(expected, Values(groups, "t" + t));
        }
    }

    [Fact]
    public void Runs_of_one_target_and_returns_to_it_are_grouped_alike()
    {
        // "a" twice as distinct string instances: a run is told by the id, not by the reference.
        TargetObservation[] observations =
        [
            Observe("a", 1), Observe(new string('a', 1), 2), Observe("b", 3), Observe("b", 4), Observe("a", 5), Observe("c", 6), Observe("c", 7),
        ];

        using var groups = new ObservationsByTarget(observations, expectedTargets: 3);

        Assert.Equal([1m, 2m, 5m], Values(groups, "a"));
        Assert.Equal([3m, 4m], Values(groups, "b"));
        Assert.Equal([6m, 7m], Values(groups, "c"));
    }

    [Fact]
    public void Runs_in_order_are_read_as_they_stand()
    {
        // Each target's observations in one run, the runs in the order the targets first appear: no placing pass.
        TargetObservation[] observations = [Observe("a", 1), Observe("a", 2), Observe("b", 3), Observe("c", 4), Observe("c", 5), Observe("c", 6)];

        using var groups = new ObservationsByTarget(observations, expectedTargets: 3);

        Assert.Equal([1m, 2m], Values(groups, "a"));
        Assert.Equal([3m], Values(groups, "b"));
        Assert.Equal([4m, 5m, 6m], Values(groups, "c"));
        Assert.True(groups.Of("d").IsEmpty);
    }

    [Fact]
    public void Each_observation_counts_on_its_date_or_the_last_day_of_its_period()
    {
        TargetObservation[] observations =
        [
            Observe("a", 1),
            new() { Target = "a", Period = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), Value = 2 },
            new() { Target = "b", Value = 3 },
            new() { Target = "a", Date = new LocalDate(2024, 3, 5), Period = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31)), Value = 4 },
        ];

        using var groups = new ObservationsByTarget(observations);

        Assert.Equal(
            [new(new LocalDate(2024, 1, 1), 1m), new(new LocalDate(2024, 2, 29), 2m), new(new LocalDate(2024, 3, 5), 4m)],
            groups.Of("a").ToArray());
        Assert.Equal([new CountedObservation(null, 3m)], groups.Of("b").ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(100_000)]
    public void Any_order_and_any_size_hint_give_the_groups_of_a_plain_grouping(int expectedTargets)
    {
        var random = new Random(20261122 + expectedTargets);
        for (var round = 0; round < 50; round++)
        {
            // Runs of random length over a few ids, so runs, interleaving and returns all occur.
            var observations = Enumerable.Range(0, random.Next(0, 200))
                .SelectMany(i => Enumerable.Repeat("t" + random.Next(0, 12), random.Next(1, 4)))
                .Select((id, i) => Observe(id, i))
                .ToArray();

            using var groups = new ObservationsByTarget(observations, expectedTargets);

            for (var t = 0; t < 12; t++)
            {
                var expected = observations.Where(o => o.Target == "t" + t).Select(o => o.Value).ToArray();
                Assert.Equal(expected, Values(groups, "t" + t));
            }
        }
    }

    [Fact]
    public void Observations_cannot_be_read_after_disposal()
    {
        var groups = new ObservationsByTarget([Observe("a", 1)]);
        groups.Dispose();
        groups.Dispose();

        Assert.Throws<ObjectDisposedException>(() => groups.Of("a").Length);
    }

    private static decimal[] Values(ObservationsByTarget groups, string target)
    {
        var values = new decimal[groups.Of(target).Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = groups.Of(target)[i].Value;
        }

        return values;
    }

    private static TargetObservation Observe(string target, decimal value) => new() { Target = target, Date = new LocalDate(2024, 1, 1), Value = value };
}
