using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.FollowUp;

public sealed class FollowUpValidatorTests
{
    [Theory]
    [MemberData(nameof(FollowUpExampleFiles.All), MemberType = typeof(FollowUpExampleFiles))]
    public void Each_follow_up_example_agrees_with_its_agreement(string name, string agreement)
    {
        var diagnostics = FollowUpValidator.Validate(FollowUpExampleFiles.Load(name), ExampleFiles.Load(agreement)).Diagnostics;

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Every_follow_up_problem_is_reported_with_its_pointer()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");
        var followUp = FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07");
        followUp = followUp with
        {
            Agreement = followUp.Agreement with { Revision = 2 },
            ReportedBy = ["kommunen", "brandkaren"],
            Commitments = [.. followUp.Commitments, new CommitmentProgress { Commitment = "c9.9", Status = CommitmentStatus.Done }, followUp.Commitments[0]],
            Observations =
            [
                new TargetObservation { Target = "t9", Date = new LocalDate(2019, 3, 1), Value = 1 },
                new TargetObservation { Target = "t3.2", Date = new LocalDate(2019, 7, 2), Value = 1 },
                new TargetObservation { Target = "t3.2", Period = new DateInterval(new LocalDate(2018, 12, 1), new LocalDate(2018, 12, 31)), Value = 1 },
            ],
            IndicatorObservations = [new IndicatorObservation { Goal = "g404", Value = 50, Year = 2019 }],
        };

        var found = FollowUpValidator.Validate(followUp, agreement).Diagnostics.Select(d => (d.Code, d.Pointer)).ToArray();

        Assert.Equal(
            [
                ("ML9102", "/agreement/revision"),
                ("ML9106", "/reportedBy/1"),
                ("ML9103", "/commitments/7/commitment"),
                ("ML9110", "/commitments/8/commitment"),
                ("ML9104", "/observations/0/target"),
                ("ML9107", "/observations/1/date"),
                ("ML9108", "/observations/2/period/end"),
                ("ML9105", "/indicatorObservations/0/goal"),
            ],
            found);
    }

    [Fact]
    public void A_follow_up_of_another_agreement_is_an_error()
    {
        var followUp = FollowUpExampleFiles.Load("bastad-2024-uppfoljning-2024");

        var diagnostic = FollowUpValidator.Validate(followUp, ExampleFiles.Load("svalov-2020")).Diagnostics[0];

        Assert.Equal(("ML9101", "/agreement/id"), (diagnostic.Code, diagnostic.Pointer));
    }

    [Fact]
    public void An_observation_of_a_qualitative_target_is_a_warning()
    {
        var followUp = FollowUpExampleFiles.Load("bastad-2024-uppfoljning-2024");
        followUp = followUp with { Observations = [new TargetObservation { Target = "t1", Date = new LocalDate(2024, 3, 1), Value = 1 }] };

        var diagnostic = Assert.Single(FollowUpValidator.Validate(followUp, ExampleFiles.Load("bastad-2024")).Diagnostics);

        Assert.Equal(("ML9109", "/observations/0/target"), (diagnostic.Code, diagnostic.Pointer));
    }
}
