using System.Collections.Immutable;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Tests.Support;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Rules;

public class CompletionRuleTests
{
    [Fact]
    public void For_AtLeastIncrement_IgnoresBaseline()
    {
        var target = AtLeast(100m) with { Baseline = 40m };

        CompletionRule.For(target).Should().Be(new AtLeastRule(100m));
    }

    [Fact]
    public void For_AtLeastLevelWithBaseline_CountsGrowth()
    {
        var rule = CompletionRule.For(Places());

        rule.Should().Be(new AtLeastRule(20000m) { Baseline = 100000m });
        rule.AchievedFrom(115000m).Should().Be(15000m);
        rule.CompletionOf(15000m).Should().Be(0.75m);
    }

    [Fact]
    public void For_EachComparisonKind_GivesItsRule()
    {
        CompletionRule.For(Between(3m, 5m)).Should().Be(new BetweenRule(3m, 5m));
        CompletionRule.For(Exactly(6m)).Should().Be(new ExactlyRule(6m));
        CompletionRule.For(Coverage(0.8m)).Should().Be(new CoverageRule(0.8m));
        CompletionRule.For(Dropout()).Should().Be(new AtMostRule(2m) { Baseline = 10m });
        CompletionRule.For(Milestone()).Should().Be(new MilestoneRule([]));
        CompletionRule.For(Milestone(staged: true)).Should().Be(new MilestoneRule(FourStages));
    }

    [Fact]
    public void For_SameTarget_ReturnsCachedRule()
    {
        var target = Places();

        CompletionRule.For(target).Should().BeSameAs(CompletionRule.For(target));
    }

    public static TheoryData<MeasureRule, decimal, decimal, decimal, bool> Cases => new()
    {
        // rule, value → achieved, completion, exceeded (by hand)
        { new AtLeastRule(100m), 40m, 40m, 0.4m, false },
        { new AtLeastRule(100m), 130m, 130m, 1m, true },
        { new AtLeastRule(20000m) { Baseline = 100000m }, 90000m, -10000m, 0m, false },
        { new AtLeastRule(5m) { Baseline = 20m, Direction = Direction.Descending }, 17m, 3m, 0.6m, false },
        { new BetweenRule(3m, 5m), 4m, 4m, 1m, false },
        { new BetweenRule(3m, 5m), 6m, 6m, 1m, true },
        { new ExactlyRule(6m), 3m, 3m, 0.5m, false },
        { new ExactlyRule(0m), 0m, 0m, 1m, false },
        { new CoverageRule(0.8m), 0.4m, 0.4m, 0.5m, false },
        { new AtMostRule(2m) { Baseline = 10m }, 6m, 6m, 0.5m, false },
        { new AtMostRule(2m), 3m, 3m, 0m, false },
        { new AtMostRule(2m) { Baseline = 2m }, 2m, 2m, 1m, false },
        { new MilestoneRule(FourStages), 0.6m, 0.6m, 0.6m, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AchievedFromAndCompletionOf_HandComputed(MeasureRule rule, decimal value, decimal achieved, decimal completion, bool exceeded)
    {
        rule.AchievedFrom(value).Should().Be(achieved);
        rule.CompletionOf(achieved).Should().Be(completion);
        rule.IsExceeded(achieved).Should().Be(exceeded);
    }

    [Fact]
    public void StageCompletion_KnownAndUnknown()
    {
        var rule = new MilestoneRule(FourStages);

        rule.StageCompletion("已启动").Should().Be(0.3m);
        rule.StageCompletion("没有").Should().BeNull();
    }

    [Fact]
    public void MilestoneRule_LastStageNotOne_Throws()
    {
        var act = () => new MilestoneRule([new MilestoneStage("开始", 0m), new MilestoneStage("大半", 0.8m)]);

        act.Should().Throw<ArgumentException>().WithParameterName("stages").WithMessage("*last stage*");
    }

    [Fact]
    public void MilestoneRule_Equality_ComparesStagesByValue()
        => EqualityContract.AssertEqualityContract(
            new MilestoneRule(FourStages),
            new MilestoneRule([.. FourStages]),
            new MilestoneRule([]),
            new MilestoneRule([new MilestoneStage("未启动", 0m), new MilestoneStage("已完成", 1m)]));

    [Fact]
    public void AtLeastRule_Equality_IncludesBaselineAndDirection()
        => EqualityContract.AssertEqualityContract(
            new AtLeastRule(5m) { Baseline = 20m },
            new AtLeastRule(5m) { Baseline = 20m },
            new AtLeastRule(5m),
            new AtLeastRule(5m) { Baseline = 20m, Direction = Direction.Descending },
            new AtLeastRule(6m) { Baseline = 20m });

    [Fact]
    public void Constructors_InvalidBounds_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new AtLeastRule(-1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
        FluentActions.Invoking(() => new BetweenRule(5m, 3m)).Should().Throw<ArgumentException>().WithParameterName("minimum");
        FluentActions.Invoking(() => new CoverageRule(1.5m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("share");
        FluentActions.Invoking(() => new AtMostRule(2m) { Baseline = -1m }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Baseline");
        FluentActions.Invoking(() => new AtLeastRule(2m) { Direction = (Direction)7 }).Should().Throw<ArgumentException>().WithParameterName("Direction");
    }

    [Fact]
    public void ToString_IsShortAndInvariant()
    {
        new AtLeastRule(20000m) { Baseline = 100000m }.ToString().Should().Be("≥20000 above 100000");
        new BetweenRule(3m, 5m).ToString().Should().Be("3–5");
        new ExactlyRule(6m).ToString().Should().Be("=6");
        new CoverageRule(0.8m).ToString().Should().Be("coverage 0.8");
        new AtMostRule(2m) { Baseline = 10m }.ToString().Should().Be("≤2 from 10");
        new MilestoneRule([]).ToString().Should().Be("milestone");
        new CompositeRule(CompositeMode.Weighted, [new CompositePart(TargetId.Create(8, 1), 2m), new CompositePart(TargetId.Create(8, 2), 1m)])
            .ToString().Should().Be("weighted 8.1×2, 8.2");
    }

    [Fact]
    public void ForCommitment_OnePartPerTargetWithItsWeight()
    {
        var a = AtLeast(100m) with { Weight = 2m };
        var b = new Target(TargetId.Create(8, 2), "讲座", Comparison.AtLeast(10m), MeasureWord.Sessions);
        var commitment = new Commitment("培训100名心理咨询师,开展10场讲座", [a, b]);

        var rule = CompletionRule.For(commitment, CompositeMode.AllOf);

        rule.Mode.Should().Be(CompositeMode.AllOf);
        rule.Parts.Should().Equal(new CompositePart(a.Id, 2m), new CompositePart(b.Id, 1m));
    }

    [Fact]
    public void CompositeRule_NoPartOrRepeatedTarget_Throws()
    {
        var part = new CompositePart(TargetId.Create(8, 1), 1m);

        FluentActions.Invoking(() => new CompositeRule(CompositeMode.AllOf, ImmutableArray<CompositePart>.Empty))
            .Should().Throw<ArgumentException>().WithParameterName("parts");
        FluentActions.Invoking(() => new CompositeRule(CompositeMode.AllOf, [part, part]))
            .Should().Throw<ArgumentException>().WithMessage("*8.1*repeated*");
    }
}
