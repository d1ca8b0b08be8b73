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
    public void At_Deadline_LinearToTheDeadline(LocalDate asOf, decimal expected)
        => ExpectedProgress.At(Milestone(), Year2017, asOf).Should().Be(expected);

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
