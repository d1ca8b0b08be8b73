using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <content>The evaluator asks admission about the reports of one target.</content>
public partial class ReportAdmissionTests
{
    [Fact]
    public void Evaluate_DuplicateReport_ThrowsNamingTheKey()
    {
        var target = AtLeast(100m);
        var first = Report(target, Liling, 3, 31, 10m);
        var second = Report(target, Liling, 3, 31, 12m);

        var act = () => Evaluator.Evaluate(target, [first, second], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ZR0010*the same target 8.1, org unit 430281, date 2017-03-31 and revision 0*");
    }

    [Fact]
    public void Evaluate_DuplicateReportAfterAsOf_StillThrows()
    {
        var target = AtLeast(100m);

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 9, 1, 1m), Report(target, Liling, 9, 1, 1m)], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0010*");
    }

    [Fact]
    public void Evaluate_ReportForAnotherTarget_ThrowsNamingBothTargets()
    {
        var target = AtLeast(100m);
        var other = Report(Places(), Liling, 3, 31, 10m);

        var act = () => Evaluator.Evaluate(target, [other], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ZR0012*14.1*8.1*");
    }

    [Theory]
    [InlineData(2016, 12, 31)]
    [InlineData(2018, 1, 1)]
    public void Evaluate_ReportOutsidePlanPeriod_Throws(int year, int month, int day)
    {
        var target = AtLeast(100m);
        var report = new ProgressReport(target.Id, Liling, new LocalDate(year, month, day), 1m);

        var act = () => Evaluator.Evaluate(target, [report], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithParameterName("reports").WithMessage("*ZR0003*outside the plan period 2017-01-01 to 2017-12-31*");
    }

    [Fact]
    public void Evaluate_ShareWithoutDenominator_Throws()
    {
        var target = Coverage(1m);

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 3, 31, 0.5m)], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0005*numerator and a denominator*");
    }

    [Fact]
    public void Evaluate_MilestoneValueAboveOne_Throws()
    {
        var target = Milestone();

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 3, 31, 2m)], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0007*from 0 (not done) to 1 (done)*");
    }

    [Fact]
    public void Evaluate_UnknownStage_Throws()
    {
        var target = Milestone(staged: true);

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 3, 31, 0.5m) with { Stage = "差不多" }], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0008*差不多*16.1*");
    }

    [Fact]
    public void Evaluate_StageDisagreeingWithValue_Throws()
    {
        var target = Milestone(staged: true);

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 3, 31, 0.5m) with { Stage = "已启动" }], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0009*已启动*0.3*0.5*");
    }

    [Fact]
    public void Evaluate_StageOnNonMilestone_Throws()
    {
        var target = AtLeast(100m);

        var act = () => Evaluator.Evaluate(target, [Report(target, Liling, 3, 31, 5m) with { Stage = "已启动" }], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0008*has no stages*");
    }

    [Fact]
    public void Evaluate_NullReport_Throws()
    {
        var act = () => Evaluator.Evaluate(AtLeast(1m), [null!], June30, Year2017, null);

        act.Should().Throw<ArgumentException>().WithParameterName("reports");
    }
}
