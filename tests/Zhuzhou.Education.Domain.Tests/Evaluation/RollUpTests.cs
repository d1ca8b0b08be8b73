using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class RollUpTests
{
    private static Target T(int item, int ordinal, decimal weight = 1m)
        => new(TargetId.Create(item, ordinal), "指标" + ordinal, Comparison.AtLeast(100m), MeasureWord.Units) { Weight = weight };

    private static TargetEvaluation Eval(Target target, decimal amount, LocalDate? asOf = null)
        => Evaluator.Evaluate(target, amount == 0m ? Achievement.None : Achievement.FromAmount(amount, 1), asOf ?? June30, Year2017, null);

    // Section 1: item 1 (targets 1.1 weight 3 at 0.2, 1.2 weight 1 at 1.0), item 2 (no target), item 3 weight 2 (3.1 at 0.5).
    // Section 2 (weight 2): item 4 (4.1 not started).
    private static Plan WeightedPlan() => new(
        "株洲市教育局", "测试", Year2017, null, string.Empty,
        [
            new Section(1, "一", [
                new Item(1, "甲", [new Commitment("甲", [T(1, 1, 3m), T(1, 2)])]),
                new Item(2, "乙", [new Commitment("无指标")]),
                new Item(3, "丙", [new Commitment("丙", [T(3, 1)])]) { Weight = 2m },
            ]),
            new Section(2, "二", [new Item(4, "丁", [new Commitment("丁", [T(4, 1)])])]) { Weight = 2m },
        ]);

    private static PlanRollUp RollUpOfWeightedPlan()
    {
        var plan = WeightedPlan();
        var amounts = new Dictionary<string, decimal> { ["1.1"] = 20m, ["1.2"] = 100m, ["3.1"] = 50m, ["4.1"] = 0m };
        return RollUp.Of(plan, plan.Targets.Select(t => Eval(t, amounts[t.Id.ToString()])));
    }

    [Fact]
    public void Of_Item_IsWeightedMeanOfTargets()
        // (3 × 0.2 + 1 × 1) / 4 = 0.4
        => RollUpOfWeightedPlan().Sections[0].Items[0].Completion.Should().Be(0.4m);

    [Fact]
    public void Of_ItemWithoutTargets_ReportedButLeftOut()
    {
        var rollUp = RollUpOfWeightedPlan();
        var empty = rollUp.Sections[0].Items[1];

        empty.IsMeasurable.Should().BeFalse();
        empty.Completion.Should().BeNull();
        empty.Status.Should().BeNull();
        empty.Counts.Total.Should().Be(0);

        // Section 1 = (1 × 0.4 + 2 × 0.5) / 3 = 1.4 / 3, item 2 left out.
        rollUp.Sections[0].Completion.Should().Be(1.4m / 3m);
    }

    [Fact]
    public void Of_Plan_IsWeightedMeanOfSections()
    {
        // Plan = (1 × 1.4/3 + 2 × 0) / 3.
        var rollUp = RollUpOfWeightedPlan();

        rollUp.Completion.Should().Be(1.4m / 3m / 3m);
    }

    [Fact]
    public void Of_Counts_PerStatusAndRate()
    {
        var counts = RollUpOfWeightedPlan().Counts;

        counts.Total.Should().Be(4);
        counts.Behind.Should().Be(1); // 1.1 at 0.2
        counts.Achieved.Should().Be(1); // 1.2
        counts.OnTrack.Should().Be(1); // 3.1 at 0.5
        counts.NotStarted.Should().Be(1); // 4.1
        counts[EvaluationStatus.Exceeded].Should().Be(0);
        counts.AchievedRate.Should().Be(0.25m);
    }

    [Fact]
    public void Of_Statuses_FollowTheirOwnCompletionAgainstTheirOwnExpectedProgress()
    {
        var rollUp = RollUpOfWeightedPlan();

        rollUp.Sections[0].Items[0].Status.Should().Be(EvaluationStatus.Behind); // 0.4 < 0.4959 − 0.05
        rollUp.Sections[0].Items[2].Status.Should().Be(EvaluationStatus.OnTrack);
        rollUp.Sections[1].Status.Should().Be(EvaluationStatus.Behind, "0 against 181/365: a section is never not started, its target is counted so");
        rollUp.Sections[1].Counts.NotStarted.Should().Be(1);
        rollUp.Status.Should().Be(EvaluationStatus.Behind);
    }

    [Fact]
    public void Of_ExpectedProgress_RollsUpLikeCompletion()
        => RollUpOfWeightedPlan().ExpectedProgress.Should().Be(ExpectedJune30);

    [Fact]
    public void Of_OverdueTarget_IsACountBesideTheItemNotAnOverdueItem()
    {
        var target = T(1, 1);
        var item = new Item(1, "甲", [new Commitment("甲", [target])]);

        var rollUp = RollUp.OfItem(item, [Eval(target, 50m, new LocalDate(2018, 1, 2))]);

        rollUp.Status.Should().Be(EvaluationStatus.Behind, "0.5 against an expected 1");
        rollUp.Counts.Overdue.Should().Be(1);
    }

    [Fact]
    public void Of_MissingEvaluation_ThrowsNamingTarget()
    {
        var plan = WeightedPlan();

        var act = () => RollUp.Of(plan, plan.Targets.Skip(1).Select(t => Eval(t, 0m)));

        act.Should().Throw<ArgumentException>().WithParameterName("evaluations").WithMessage("*1.1*no evaluation*");
    }

    [Fact]
    public void Of_RepeatedEvaluation_Throws()
    {
        var plan = WeightedPlan();

        var act = () => RollUp.Of(plan, plan.Targets.Select(t => Eval(t, 0m)).Append(Eval(plan.Targets[0], 0m)));

        act.Should().Throw<ArgumentException>().WithMessage("*1.1*more than once*");
    }

    [Fact]
    public void Of_EvaluationOfUnknownTarget_Throws()
    {
        var plan = WeightedPlan();

        var act = () => RollUp.Of(plan, plan.Targets.Select(t => Eval(t, 0m)).Append(Eval(T(9, 9), 0m)));

        act.Should().Throw<ArgumentException>().WithMessage("*9.9*does not have*");
    }

    [Fact]
    public void StatusCounts_NegativeCount_ThrowsNamingIt()
    {
        var act = () => new StatusCounts { Behind = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Behind");
    }

    [Fact]
    public void StatusCounts_OfAndAdd_CountEveryStatus()
    {
        var counts = StatusCounts.Of([EvaluationStatus.Achieved, EvaluationStatus.Exceeded, EvaluationStatus.Overdue])
            + StatusCounts.Of([EvaluationStatus.Behind]);

        counts.Total.Should().Be(4);
        counts.Complete.Should().Be(2);
        counts.AchievedRate.Should().Be(0.5m);
        counts.ToString().Should().Be("2/4 complete (achieved 1, exceeded 1, on track 0, behind 1, not started 0, overdue 1)");
        default(StatusCounts).AchievedRate.Should().BeNull();
    }
}
