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
    public void Explain_ShareWithBaseline_ShowsRatioAndPercent()
    {
        var target = Dropout();
        var evaluation = Evaluator.Evaluate(target, [Share(target, Liling, 6, 1, 4m, 100m), Share(target, Hetang, 6, 1, 8m, 100m)], June30, Year2017, null);

        var explanation = evaluation.Explain();

        explanation.Step(ExplanationStepKind.Value).Formula.Should().Be("(8 + 4) / (100 + 100) × 100");
        explanation.Step(ExplanationStepKind.Completion).Formula.Should().Be("clamp((10 − 6) / (10 − 2), 0, 1)");
    }

    [Fact]
    public void Explain_GrowthOverBaseline_ShowsSubtraction()
    {
        var target = Places();
        var evaluation = Evaluator.Evaluate(target, [Report(target, Liling, 6, 30, 115000m)], June30, Year2017, null);

        evaluation.Explain().Step(ExplanationStepKind.Achieved).Formula.Should().Be("115000 − 100000");
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
    }

    [Fact]
    public void Explain_EngineAchievement_SaysAggregated()
    {
        var evaluation = Evaluator.Evaluate(AtLeast(100m), Achievement.FromAmount(40m, 7), June30, Year2017, null);

        evaluation.Explain().Reports.Should().BeEmpty();
        evaluation.Explain().Step(ExplanationStepKind.Value).Formula.Should().Be("40 (aggregated from 7 reports)");
    }
}
