using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class AchievementTests
{
    // One org unit reports 10 (Mar), 30 (Apr), 20 (May); another 5 (Apr).
    private static ProgressReport[] Series(Target t) =>
    [
        Report(t, Liling, 3, 31, 10m), Report(t, Liling, 4, 30, 30m), Report(t, Liling, 5, 31, 20m), Report(t, Hetang, 4, 30, 5m),
    ];

    [Theory]
    [InlineData(TimeAggregation.Level, 25)] // 20 + 5
    [InlineData(TimeAggregation.Increment, 65)] // (10 + 30 + 20) + 5
    [InlineData(TimeAggregation.Average, 25)] // 60 / 3 + 5
    [InlineData(TimeAggregation.Maximum, 35)] // 30 + 5
    [InlineData(TimeAggregation.Minimum, 15)] // 10 + 5
    public void Of_TimeAggregation_CombinesPerOrgUnitThenSums(TimeAggregation time, int expected)
    {
        var target = AtLeast(100m, time);

        Achievement.Of(target, Series(target), June30, Year2017).Amount.Should().Be(expected);
    }

    [Theory]
    [InlineData(TimeAggregation.Level, 2)]
    [InlineData(TimeAggregation.Increment, 4)]
    [InlineData(TimeAggregation.Average, 4)]
    [InlineData(TimeAggregation.Maximum, 2)]
    [InlineData(TimeAggregation.Minimum, 2)]
    public void Of_TimeAggregation_KeepsTheReportsThatCounted(TimeAggregation time, int count)
    {
        var target = AtLeast(100m, time);

        var achievement = Achievement.Of(target, Series(target), June30, Year2017);

        achievement.ReportCount.Should().Be(count);
        achievement.Reports.Should().HaveCount(count);
    }

    [Fact]
    public void Of_Level_TakesLatestOnOrBeforeAsOf()
    {
        var target = AtLeast(100m, TimeAggregation.Level);

        var achievement = Achievement.Of(target, Series(target), new LocalDate(2017, 4, 30), Year2017);

        achievement.Amount.Should().Be(35m);
        achievement.Reports.Select(r => r.Date.Month).Should().Equal(4, 4);
    }

    [Fact]
    public void Of_RatioWithLevel_SumsLatestNumeratorsAndDenominators()
    {
        var target = Coverage(1m);
        ProgressReport[] reports =
        [
            Share(target, Liling, 3, 1, 100m, 400m), Share(target, Liling, 6, 1, 300m, 400m), Share(target, Hetang, 6, 1, 100m, 600m),
        ];

        var achievement = Achievement.Of(target, reports, June30, Year2017);

        achievement.Numerator.Should().Be(400m);
        achievement.Denominator.Should().Be(1000m);
        achievement.Amount.Should().Be(0.4m);
    }

    [Fact]
    public void Of_NoReportOnOrBeforeAsOf_IsNone()
    {
        var target = AtLeast(100m);

        var achievement = Achievement.Of(target, [Report(target, Liling, 7, 1, 5m)], June30, Year2017);

        achievement.Should().Be(Achievement.None);
        achievement.HasReports.Should().BeFalse();
    }

    [Fact]
    public void Of_DuplicateReport_ThrowsNamingBoth()
    {
        var target = AtLeast(100m);
        var first = Report(target, Liling, 3, 31, 10m);
        var second = Report(target, Liling, 3, 31, 12m);

        var act = () => Achievement.Of(target, [first, second], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*430281*2017-03-31*duplicate*");
    }

    [Fact]
    public void Of_DuplicateReportAfterAsOf_StillThrows()
    {
        var target = AtLeast(100m);

        var act = () => Achievement.Of(target, [Report(target, Liling, 9, 1, 1m), Report(target, Liling, 9, 1, 1m)], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*duplicate*");
    }

    [Fact]
    public void Of_ReportForAnotherTarget_ThrowsNamingBothTargets()
    {
        var target = AtLeast(100m);
        var other = Report(Places(), Liling, 3, 31, 10m);

        var act = () => Achievement.Of(target, [other], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*14.1*8.1*");
    }

    [Theory]
    [InlineData(2016, 12, 31)]
    [InlineData(2018, 1, 1)]
    public void Of_ReportOutsidePlanPeriod_Throws(int year, int month, int day)
    {
        var target = AtLeast(100m);
        var report = new ProgressReport(target.Id, Liling, new LocalDate(year, month, day), 1m);

        var act = () => Achievement.Of(target, [report], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*outside the plan period 2017-01-01 to 2017-12-31*");
    }

    [Fact]
    public void Of_ShareWithoutDenominator_Throws()
    {
        var target = Coverage(1m);

        var act = () => Achievement.Of(target, [Report(target, Liling, 3, 31, 0.5m)], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*numerator and a denominator*");
    }

    [Fact]
    public void Of_MilestoneValueAboveOne_Throws()
    {
        var target = Milestone();

        var act = () => Achievement.Of(target, [Report(target, Liling, 3, 31, 2m)], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*from 0 to 1*");
    }

    [Fact]
    public void Of_UnknownStage_Throws()
    {
        var target = Milestone(staged: true);

        var act = () => Achievement.Of(target, [Report(target, Liling, 3, 31, 0.5m) with { Stage = "差不多" }], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*差不多*16.1*");
    }

    [Fact]
    public void Of_StageDisagreeingWithValue_Throws()
    {
        var target = Milestone(staged: true);

        var act = () => Achievement.Of(target, [Report(target, Liling, 3, 31, 0.5m) with { Stage = "已启动" }], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*已启动*0.3*0.5*");
    }

    [Fact]
    public void Of_StageOnNonMilestone_Throws()
    {
        var target = AtLeast(100m);

        var act = () => Achievement.Of(target, [Report(target, Liling, 3, 31, 5m) with { Stage = "已启动" }], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithMessage("*not a milestone*");
    }

    [Fact]
    public void Of_NullReport_Throws()
    {
        var act = () => Achievement.Of(AtLeast(1m), [null!], June30, Year2017);

        act.Should().Throw<ArgumentException>().WithParameterName("reports");
    }

    [Fact]
    public void FromAmount_NegativeCount_ThrowsNamingAmount()
    {
        var act = () => Achievement.FromAmount(-1m, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void FromAmount_NegativeReportCount_Throws()
    {
        var act = () => Achievement.FromAmount(1m, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportCount");
    }

    [Fact]
    public void FromAmount_AmountWithoutReport_Throws()
    {
        var act = () => Achievement.FromAmount(5m, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void FromDoubleAmount_NotFiniteOrTooLarge_ThrowsNamingAmount(double amount)
    {
        var act = () => Achievement.FromDoubleAmount(amount, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Fact]
    public void FromDoubleRatio_NaNDenominator_ThrowsNamingDenominator()
    {
        var act = () => Achievement.FromDoubleRatio(1d, double.NaN, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    [Fact]
    public void FromRatio_ZeroDenominator_Throws()
    {
        var act = () => Achievement.FromRatio(1m, 0m, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    [Fact]
    public void FromDoubleRatio_ConvertsOnce()
    {
        var achievement = Achievement.FromDoubleRatio(3d, 4d, 2);

        achievement.Amount.Should().Be(0.75m);
        achievement.ReportCount.Should().Be(2);
    }
}
