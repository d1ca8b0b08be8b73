using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public partial class TargetArithmeticTests
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
    public void Achieved_TimeAggregation_CombinesPerOrgUnitThenSums(TimeAggregation time, int expected)
    {
        var target = AtLeast(100m, time);

        TargetArithmetic.Achieved(target, Series(target), June30).Amount.Should().Be(expected);
    }

    [Theory]
    [InlineData(TimeAggregation.Level, 2)]
    [InlineData(TimeAggregation.Increment, 4)]
    [InlineData(TimeAggregation.Average, 4)]
    [InlineData(TimeAggregation.Maximum, 2)]
    [InlineData(TimeAggregation.Minimum, 2)]
    public void Achieved_TimeAggregation_KeepsTheReportsThatCounted(TimeAggregation time, int count)
    {
        var target = AtLeast(100m, time);

        var achievement = TargetArithmetic.Achieved(target, Series(target), June30);

        achievement.ReportCount.Should().Be(count);
        achievement.Reports.Should().HaveCount(count);
    }

    [Fact]
    public void Achieved_Level_TakesLatestOnOrBeforeAsOf()
    {
        var target = AtLeast(100m, TimeAggregation.Level);

        var achievement = TargetArithmetic.Achieved(target, Series(target), new LocalDate(2017, 4, 30));

        achievement.Amount.Should().Be(35m);
        achievement.Reports.Select(r => r.Date.Month).Should().Equal(4, 4);
    }

    [Fact]
    public void Achieved_RatioWithLevel_SumsLatestNumeratorsAndDenominators()
    {
        var target = Coverage(1m);
        ProgressReport[] reports =
        [
            Share(target, Liling, 3, 1, 100m, 400m), Share(target, Liling, 6, 1, 300m, 400m), Share(target, Hetang, 6, 1, 100m, 600m),
        ];

        var achievement = TargetArithmetic.Achieved(target, reports, June30);

        achievement.Numerator.Should().Be(400m);
        achievement.Denominator.Should().Be(1000m);
        achievement.Amount.Should().Be(0.4m);
    }

    [Fact]
    public void Achieved_NoReportOnOrBeforeAsOf_IsNone()
    {
        var target = AtLeast(100m);

        var achievement = TargetArithmetic.Achieved(target, [Report(target, Liling, 7, 1, 5m)], June30);

        achievement.Should().Be(Achievement.None);
        achievement.HasReports.Should().BeFalse();
    }

    [Fact]
    public void AcrossTime_ReportsOfTwoOrgUnits_Throws()
    {
        var target = AtLeast(100m);

        var act = () => TargetArithmetic.AcrossTime(target, [Report(target, Liling, 3, 31, 1m), Report(target, Hetang, 3, 31, 1m)], June30);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*one org unit*");
    }

    [Fact]
    public void AcrossTime_TwoReportsOfOneDate_ThrowsRatherThanPickOne()
    {
        var target = AtLeast(100m, TimeAggregation.Level);

        var act = () => TargetArithmetic.AcrossTime(target, [Report(target, Liling, 3, 31, 1m), Report(target, Liling, 3, 31, 2m)], June30);

        act.Should().Throw<ArgumentException>().WithMessage("*never resolved by order*");
    }

    [Theory]
    [InlineData(TimeAggregation.Maximum, 300, 400)] // 3/4 and 300/400 tie at 0.75: the greater numerator
    [InlineData(TimeAggregation.Minimum, 3, 4)] // and the lesser for a minimum
    public void AcrossTime_ShareTie_BrokenByNumeratorAsTheEngineBreaksIt(TimeAggregation time, int numerator, int denominator)
    {
        var target = Coverage(1m) with { TimeAggregation = time };

        var unit = TargetArithmetic.AcrossTime(target, [Share(target, Liling, 3, 31, 3m, 4m), Share(target, Liling, 4, 30, 300m, 400m)], June30);

        (unit.Numerator, unit.Denominator).Should().Be((numerator, denominator));
    }

    [Fact]
    public void AcrossOrgUnits_MilestoneOfThreeUnitsInScope_IsUnitsDoneOverUnitsInScope()
    {
        var target = Milestone();

        var whole = TargetArithmetic.AcrossOrgUnits(target, [Achievement.FromAmount(0.5m, 1), Achievement.FromAmount(1m, 1), Achievement.None]);

        (whole.Amount, whole.Numerator, whole.Denominator, whole.ReportCount).Should().Be((0.5m, 1.5m, 3m, 2), "(0.5 + 1 + 0) / 3: one unit's done never completes it for all");
    }

    [Fact]
    public void AcrossOrgUnits_MilestoneOfOneUnitInScope_IsItsCompletion()
        => TargetArithmetic.AcrossOrgUnits(Milestone(), [Achievement.FromAmount(1m, 1)]).Should().Be(Achievement.FromAmount(1m, 1));

    [Fact]
    public void Figure_ShareWithoutFraction_Throws()
    {
        var act = () => TargetArithmetic.Figure(Coverage(1m), Achievement.FromAmount(1m, 1), June30, Year2017);

        act.Should().Throw<ArgumentException>().WithParameterName("achievement");
    }
}
