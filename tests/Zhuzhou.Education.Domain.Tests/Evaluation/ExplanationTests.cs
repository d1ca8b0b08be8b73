using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class ExplanationTests
{
    private static TargetEvaluation Counsellors()
    {
        var target = AtLeast(100m) with { Text = "培训100名心理咨询师" };
        ProgressReport[] reports =
        [
            Report(target, Liling, 3, 31, 20m), Report(target, Hetang, 5, 31, 10m), Report(target, Liling, 6, 15, 10m), Report(target, Liling, 7, 15, 50m),
        ];
        return Evaluator.Evaluate(target, reports, June30, Year2017, null);
    }

    [Fact]
    public void Explain_Structured_ListsReportsRuleAndSteps()
    {
        var explanation = Counsellors().Explain();

        explanation.Rule.ToString().Should().Be("≥100");
        explanation.Reports.Select(r => (r.OrgUnit.Value, r.Date.Month, r.Value)).Should().Equal(("430202", 5, 10m), ("430281", 3, 20m), ("430281", 6, 10m));
        explanation.Step(ExplanationStepKind.Value).Formula.Should().Be("10 + (20 + 10)");
        explanation.Step(ExplanationStepKind.Value).Result.Should().Be(40m);
        explanation.Step(ExplanationStepKind.Completion).Formula.Should().Be("clamp(40 / 100, 0, 1)");
        explanation.Step(ExplanationStepKind.Completion).Result.Should().Be(0.4m);
        explanation.Step(ExplanationStepKind.ExpectedProgress).Result.Should().Be(ExpectedJune30);
        explanation.Schedule.Should().Be("period 2017-01-01..2017-12-31");
        explanation.Step(ExplanationStepKind.ExpectedProgress).Formula.Should().Be("181 / 365 days");
    }

    [Fact]
    public void Format_Chinese_IsTheSupervisorsText()
        => ExplanationText.Format(Counsellors(), ExplanationLanguage.Chinese).Should().Be(
            "指标 8.1 心理咨询师（培训100名心理咨询师）\n"
            + "截至 2017-06-30：完成率 40.0%，序时进度 49.6%，状态：滞后\n"
            + "规则：不少于100名；完成期限 2017-12-31；序时进度按计划周期 2017-01-01 至 2017-12-31 线性计算\n"
            + "报送：430202 2017-05-31 10；430281 2017-03-31 20；430281 2017-06-15 10\n"
            + "计算：实际值 = 10 + (20 + 10) = 40；完成量 = 40；完成率 = clamp(40 / 100, 0, 1) = 0.4；序时进度 = 181 / 365 days = 0.4959\n"
            + "判定：完成率 0.4 低于序时进度 0.4959 减容差 0.05\n");

    [Fact]
    public void Format_English_IsTheSameInEnglish()
        => ExplanationText.Format(Counsellors(), ExplanationLanguage.English).Should().Be(
            "Target 8.1 心理咨询师 (培训100名心理咨询师)\n"
            + "As of 2017-06-30: completion 40.0%, expected progress 49.6%, status: behind\n"
            + "Rule: at least 100; due 2017-12-31; expected progress linear over the plan period 2017-01-01 to 2017-12-31\n"
            + "Reports: 430202 2017-05-31 10; 430281 2017-03-31 20; 430281 2017-06-15 10\n"
            + "Arithmetic: value = 10 + (20 + 10) = 40; achieved = 40; completion = clamp(40 / 100, 0, 1) = 0.4; expected progress = 181 / 365 days = 0.4959\n"
            + "Status: completion 0.4 is below expected progress 0.4959 minus tolerance 0.05\n");

    [Fact]
    public void Explain_ShareWithBaseline_ShowsRatioAndPercent()
    {
        var target = Dropout();
        var evaluation = Evaluator.Evaluate(target, [Share(target, Liling, 6, 1, 4m, 100m), Share(target, Hetang, 6, 1, 8m, 100m)], June30, Year2017, null);

        var explanation = evaluation.Explain();

        explanation.Step(ExplanationStepKind.Value).Formula.Should().Be("(8 + 4) / (100 + 100) × 100");
        explanation.Step(ExplanationStepKind.Completion).Formula.Should().Be("clamp((10 − 6) / (10 − 2), 0, 1)");
        ExplanationText.Format(evaluation, ExplanationLanguage.Chinese).Should().Contain("规则：不超过2%（基线 10）");
    }

    [Fact]
    public void Explain_GrowthOverBaseline_ShowsSubtraction()
    {
        var target = Places();
        var evaluation = Evaluator.Evaluate(target, [Report(target, Liling, 6, 30, 115000m)], June30, Year2017, null);

        evaluation.Explain().Step(ExplanationStepKind.Achieved).Formula.Should().Be("115000 − 100000");
        ExplanationText.Format(evaluation, ExplanationLanguage.English).Should().Contain("at least 20000 (growth over baseline 100000)");
    }

    [Fact]
    public void Explain_Checkpoints_ShowsInterpolation()
    {
        var target = AtLeast(100m) with
        {
            Schedule = [new Checkpoint(new LocalDate(2017, 6, 30), 0.3m), new Checkpoint(new LocalDate(2017, 12, 31), 1m)],
        };
        var evaluation = Evaluator.Evaluate(target, Achievement.FromAmount(70m, 1), new LocalDate(2017, 9, 30), Year2017, null);

        evaluation.Explain().Step(ExplanationStepKind.ExpectedProgress).Formula.Should().Be("0.3 + 0.7 × 92 / 184 days");
        evaluation.ExpectedProgress.Should().Be(0.65m);
        evaluation.Explain().Schedule.Should().Be("checkpoints 2017-06-30:0.3, 2017-12-31:1");
        ExplanationText.Format(evaluation, ExplanationLanguage.Chinese).Should().Contain("序时进度按进度节点 2017-06-30 30.0%、2017-12-31 100.0% 线性插值");
    }

    [Fact]
    public void Explain_EngineAchievement_SaysAggregated()
    {
        var evaluation = Evaluator.Evaluate(AtLeast(100m), Achievement.FromAmount(40m, 7), June30, Year2017, null);

        evaluation.Explain().Reports.Should().BeEmpty();
        evaluation.Explain().Step(ExplanationStepKind.Value).Formula.Should().Be("40 (aggregated from 7 reports)");
        ExplanationText.Format(evaluation, ExplanationLanguage.Chinese).Should().Contain("报送：7 条（由汇总引擎计算）");
    }

    [Fact]
    public void Explain_NothingReported_SaysSo()
    {
        var evaluation = Evaluator.Evaluate(Milestone(), Achievement.None, new LocalDate(2017, 9, 2), Year2017, null);

        ExplanationText.Format(evaluation, ExplanationLanguage.Chinese).Should()
            .Contain("报送：截至 2017-09-02 无报送").And.Contain("状态：逾期未完成").And.Contain("已过完成期限 2017-09-01");
        ExplanationText.Format(evaluation, ExplanationLanguage.English).Should().Contain("Reports: none on or before 2017-09-02");
    }

    [Theory]
    [InlineData(EvaluationStatus.NotStarted, "未启动", "not started")]
    [InlineData(EvaluationStatus.Behind, "滞后", "behind")]
    [InlineData(EvaluationStatus.OnTrack, "正常推进", "on track")]
    [InlineData(EvaluationStatus.Achieved, "已完成", "achieved")]
    [InlineData(EvaluationStatus.Exceeded, "超额完成", "exceeded")]
    [InlineData(EvaluationStatus.Overdue, "逾期未完成", "overdue")]
    public void StatusName_BothLanguages(EvaluationStatus status, string chinese, string english)
    {
        ExplanationText.StatusName(status, ExplanationLanguage.Chinese).Should().Be(chinese);
        ExplanationText.StatusName(status, ExplanationLanguage.English).Should().Be(english);
    }

    [Fact]
    public void Format_UnknownLanguage_ThrowsNamingLanguage()
    {
        var act = () => ExplanationText.Format(Counsellors(), (ExplanationLanguage)9);

        act.Should().Throw<ArgumentException>().WithParameterName("language");
    }
}
