using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class ExpectedProgressTests
{
    public static TheoryData<LocalDate, decimal> LinearCases => new()
    {
        { new LocalDate(2016, 12, 31), 0m },
        { new LocalDate(2017, 1, 1), 1m / 365m },
        { new LocalDate(2017, 6, 30), 181m / 365m },
        { new LocalDate(2017, 12, 30), 364m / 365m },
        { new LocalDate(2017, 12, 31), 1m },
        { new LocalDate(2018, 3, 1), 1m },
    };

    [Theory]
    [MemberData(nameof(LinearCases))]
    public void Linear_PlanPeriod_CountsDays(LocalDate asOf, decimal expected)
    {
        ExpectedProgress.Linear(Year2017, asOf).Should().Be(expected);
        ExpectedProgress.At(AtLeast(1m), Year2017, asOf).Should().Be(expected);
    }

    public static TheoryData<LocalDate, decimal> DeadlineCases => new()
    {
        { new LocalDate(2016, 12, 31), 0m },
        { new LocalDate(2017, 6, 30), 181m / 244m }, // 2017-01-01..2017-09-01 is 244 days
        { new LocalDate(2017, 9, 1), 1m },
        { new LocalDate(2017, 10, 1), 1m },
    };

    [Theory]
    [MemberData(nameof(DeadlineCases))]
    public void At_CountWithDeadline_LinearToTheDeadline(LocalDate asOf, decimal expected)
        => ExpectedProgress.At(AtLeast(100m) with { Deadline = new LocalDate(2017, 9, 1) }, Year2017, asOf).Should().Be(expected);

    public static TheoryData<LocalDate, decimal> StepCases => new()
    {
        { new LocalDate(2017, 1, 1), 0m },
        { new LocalDate(2017, 6, 30), 0m },
        { new LocalDate(2017, 8, 31), 0m },
        { new LocalDate(2017, 9, 1), 1m },
        { new LocalDate(2017, 12, 31), 1m },
    };

    [Theory]
    [MemberData(nameof(StepCases))]
    public void At_YesNoMilestone_IsAStepOnItsDueDate(LocalDate asOf, decimal expected)
        => ExpectedProgress.At(Milestone(), Year2017, asOf).Should().Be(expected);

    [Fact]
    public void At_YesNoMilestoneWithoutDeadline_StepsOnTheLastDayOfThePeriod()
    {
        var target = Milestone() with { Deadline = null };

        (ExpectedProgress.At(target, Year2017, new LocalDate(2017, 12, 30)), ExpectedProgress.At(target, Year2017, new LocalDate(2017, 12, 31))).Should().Be((0m, 1m));
    }

    [Fact]
    public void At_StagedMilestoneWithDates_FollowsItsStages()
    {
        var target = Milestone() with
        {
            Stages = [new("未启动", 0m), new("已启动", 0.3m) { Date = new LocalDate(2017, 3, 31) }, new("推进中", 0.6m) { Date = new LocalDate(2017, 6, 30) }, new("已完成", 1m)],
        };

        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 3, 30)).Should().Be(0m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 3, 31)).Should().Be(0.3m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 8, 31)).Should().Be(0.6m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 9, 1)).Should().Be(1m, "the last stage is due on the deadline");
    }

    [Fact]
    public void At_StagedMilestoneWithoutDates_RunsLinearlyOverItsSpan()
        => ExpectedProgress.At(Milestone(staged: true), Year2017, June30).Should().Be(181m / 244m);

    public static TheoryData<LocalDate, decimal> MonthCases => new()
    {
        { new LocalDate(2017, 1, 30), 0m },
        { new LocalDate(2017, 1, 31), 1m / 12m },
        { new LocalDate(2017, 6, 15), 5m / 12m },
        { new LocalDate(2017, 6, 30), 6m / 12m },
        { new LocalDate(2017, 12, 30), 11m / 12m },
        { new LocalDate(2017, 12, 31), 1m },
    };

    [Theory]
    [MemberData(nameof(MonthCases))]
    public void At_MonthBasis_CountsAMonthOnceItsLastDayHasCome(LocalDate asOf, decimal expected)
        => ExpectedProgress.At(AtLeast(100m), Year2017, asOf, ProgressBasis.Months).Should().Be(expected);

    [Fact]
    public void At_MonthBasisToAMidMonthDeadline_CountsTheDeadlineAsTheLastMonthEnd()
    {
        var target = AtLeast(100m) with { Deadline = new LocalDate(2017, 9, 1) };

        // Month ends 01-31 … 08-31, then the deadline: nine steps.
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 8, 31), ProgressBasis.Months).Should().Be(8m / 9m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 9, 1), ProgressBasis.Months).Should().Be(1m);
    }

    [Fact]
    public void At_MonthBasisBetweenCheckpoints_CountsMonths()
    {
        var target = Scheduled(new Checkpoint(new LocalDate(2017, 6, 30), 0.3m));

        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 3, 31), ProgressBasis.Months).Should().Be(0.3m * 3m / 6m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 9, 30), ProgressBasis.Months).Should().Be(0.3m + (0.7m * 3m / 6m));
    }

    private static Target Scheduled(params Checkpoint[] checkpoints) => AtLeast(100m) with { Schedule = [.. checkpoints] };

    public static TheoryData<LocalDate, decimal> CheckpointCases => new()
    {
        { new LocalDate(2016, 12, 31), 0m },
        { new LocalDate(2017, 6, 30), 0.3m },
        { new LocalDate(2017, 3, 31), 0.3m * 90m / 181m }, // from 0 at 2016-12-31 to 0.3 at 2017-06-30: 90 of 181 days
        { new LocalDate(2017, 9, 30), 0.3m + (0.7m * 92m / 184m) }, // 92 of the 184 days from 06-30 to 12-31
        { new LocalDate(2017, 12, 31), 1m },
        { new LocalDate(2018, 1, 31), 1m },
    };

    [Theory]
    [MemberData(nameof(CheckpointCases))]
    public void At_Checkpoints_LinearBetweenThem(LocalDate asOf, decimal expected)
    {
        var target = Scheduled(new Checkpoint(new LocalDate(2017, 6, 30), 0.3m), new Checkpoint(new LocalDate(2017, 12, 31), 1m));

        ExpectedProgress.At(target, Year2017, asOf).Should().Be(expected);
    }

    [Fact]
    public void At_CheckpointsEndingBelowOne_RiseToOneAtTheEndOfThePeriod()
    {
        var target = Scheduled(new Checkpoint(new LocalDate(2017, 6, 30), 0.5m));

        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 12, 31)).Should().Be(1m);
        ExpectedProgress.At(target, Year2017, new LocalDate(2017, 9, 30)).Should().Be(0.5m + (0.5m * 92m / 184m));
    }

    [Fact]
    public void DueDate_WithoutDeadline_IsEndOfPeriod()
    {
        ExpectedProgress.DueDate(AtLeast(1m), Year2017).Should().Be(new LocalDate(2017, 12, 31));
        ExpectedProgress.DueDate(Milestone(), Year2017).Should().Be(new LocalDate(2017, 9, 1));
    }

    [Fact]
    public void At_NonIsoAsOf_ThrowsNamingAsOf()
    {
        var julian = new LocalDate(2017, 6, 30, CalendarSystem.Julian);

        var act = () => ExpectedProgress.At(AtLeast(1m), Year2017, julian);

        act.Should().Throw<ArgumentException>().WithParameterName("asOf");
    }

    [Theory]
    [InlineData(1916)]
    [InlineData(2118)]
    public void At_AsOfFarFromThePeriod_ThrowsNamingAsOf(int year)
    {
        var act = () => ExpectedProgress.At(AtLeast(1m), Year2017, new LocalDate(year, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("asOf").WithMessage("*more than 100 years*");
    }

    [Theory]
    [InlineData(1917)]
    [InlineData(2117)]
    public void At_AsOfWithinAHundredYears_IsAccepted(int year)
        => ExpectedProgress.At(AtLeast(1m), Year2017, new LocalDate(year, 1, 1)).Should().Be(year < 2017 ? 0m : 1m);
}
