using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Testing.Tests.KitFixtures;

namespace Zhuzhou.Education.Domain.Testing.Tests.Assertions;

public class TargetEvaluationAssertionsTests
{
    private static TargetEvaluation Counsellors50() => Evaluator.Evaluate(Counsellors, KitReports.Where(r => r.Target == Counsellors.Id), June30, Year2017, null);

    private static TargetEvaluation Places() => Evaluator.Evaluate(KitFixtures.Places, KitReports.Where(r => r.Target == KitFixtures.Places.Id), June30, Year2017, null);

    [Fact]
    public void BeAchieved_CompleteTarget_Passes()
        => Places().Should().BeAchieved().And.HaveCompletion(1m).And.HaveStatus(EvaluationStatus.Achieved);

    [Fact]
    public void BeAchieved_TargetHalfDone_FailsWithTargetRuleAndArithmetic()
        => InCulture("en", () =>
        {
            var message = FailureOf(() => Counsellors50().Should().BeAchieved("the bureau reported it done"));

            message.Should().StartWith("Expected target 1.1 心理咨询师 to be achieved because the bureau reported it done, but it is");
            message.Should().Contain("completion 50%")
                .And.Contain("against a requirement of at least 100 people")
                .And.Contain("3 reports from 2 org units")
                .And.Contain("completion = 50 people ÷ 100 people = 50.0%");
        });

    [Fact]
    public void BeAchieved_InChinese_SaysItInChinese()
        => InCulture("zh-CN", () =>
        {
            var message = FailureOf(() => Counsellors50().Should().BeAchieved());

            message.Should().StartWith("预期指标 1.1 心理咨询师已完成，但其为正常推进").And.Contain("要求不少于100名").And.Contain("完成率 = 50名 ÷ 100名 = 50.0%");
        });

    [Fact]
    public void HaveCompletion_WithinPrecision_PassesAndOutsideFails()
    {
        Counsellors50().Should().HaveCompletion(0.5m);
        FailureOf(() => Counsellors50().Should().HaveCompletion(0.6m, 0.05m)).Should().Contain("1.1").And.Contain("50");
    }

    [Fact]
    public void BeBehindBy_TheGapToExpectedProgress_PassesOnlyAtThatGap()
    {
        var evaluation = Counsellors50();
        var gap = evaluation.ExpectedProgress - evaluation.Completion;
        evaluation.Status.Should().Be(EvaluationStatus.OnTrack, "50 of 100 by 30 June is ahead of 181/365");

        FailureOf(() => evaluation.Should().BeBehindBy(gap)).Should().Contain("on track");
    }

    [Fact]
    public void BeBehindBy_ATargetBehind_PassesWithinPrecision()
    {
        var behind = Evaluator.Evaluate(Counsellors, KitReports.Where(r => r.Target == Counsellors.Id && r.OrgUnit == Youxian), June30, Year2017, null);

        behind.Status.Should().Be(EvaluationStatus.Behind);
        behind.Should().BeBehindBy(behind.ExpectedProgress - 0.1m);
        FailureOf(() => behind.Should().BeBehindBy(0.2m)).Should().Contain("behind by 20 percentage points");
    }

    [Fact]
    public void Should_NullEvaluation_FailsWithoutThrowingOtherwise()
        => FailureOf(() => ((TargetEvaluation?)null).Should().BeAchieved()).Should().NotBeEmpty();
}
