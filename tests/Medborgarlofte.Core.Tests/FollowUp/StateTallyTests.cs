using Medborgarlofte.FollowUp;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

public sealed class StateTallyTests
{
    [Fact]
    public void An_empty_tally_counts_nothing()
    {
        Assert.Equal(new StateCounts(0, 0, 0, 0, 0), default(StateTally).ToCounts());
    }

    [Fact]
    public void Each_state_is_counted_in_its_own_place()
    {
        var tally = default(StateTally);
        tally.Add(TargetState.Met);
        tally.Add(TargetState.OnTrack);
        tally.Add(TargetState.OnTrack);
        tally.Add(TargetState.Behind);
        tally.Add(TargetState.Behind);
        tally.Add(TargetState.Behind);
        tally.Add(TargetState.NotMet);
        tally.Add(TargetState.NotMet);
        tally.Add(TargetState.NotMet);
        tally.Add(TargetState.NotMet);
        tally.Add(TargetState.NotApplicable);

        Assert.Equal(new StateCounts(1, 2, 3, 4, 1), tally.ToCounts());
    }

    [Fact]
    public void Counts_add_up_field_by_field()
    {
        var tally = default(StateTally);
        tally.Add(new StateCounts(1, 2, 3, 4, 5));
        tally.Add(new StateCounts(10, 20, 30, 40, 50));
        tally.Add(TargetState.Met);

        Assert.Equal(new StateCounts(12, 22, 33, 44, 55), tally.ToCounts());
    }
}
