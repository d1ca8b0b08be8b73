using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

/// <summary>Why a yes/no milestone has its status, as a supervisor says it.</summary>
public partial class ExplanationTextTests
{
    [Fact]
    public void Format_MilestoneNotYetDue_SaysItIsNotDueNotZeroAgainstZeroLessTheTolerance()
    {
        var milestone = Milestone();
        var evaluation = Evaluator.Evaluate(milestone, [Report(milestone, Liling, 6, 30, 0m)], June30, Year2017);
        evaluation.Status.Should().Be(EvaluationStatus.OnTrack);

        var chinese = ExplanationText.Format(evaluation, Language.Chinese).Split('\n')[4];
        var english = ExplanationText.Format(evaluation, Language.English).Split('\n')[4];

        chinese.Should().Be($"判定：节点任务完成期限{Figures.Date(evaluation.DueDate, Language.Chinese)}未到，正常推进。");
        english.Should().Be($"Status: on track — the milestone is not due until {Figures.Date(evaluation.DueDate, Language.English)}.");
    }
}
