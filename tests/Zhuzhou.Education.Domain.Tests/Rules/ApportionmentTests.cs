using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Tests.Support;

namespace Zhuzhou.Education.Domain.Tests.Rules;

/// <summary>Who owes what (任务分解): hand-computed splits, exact thresholds, and the law that parts add up to the whole.</summary>
public class ApportionmentTests
{
    private static readonly OrgUnitTree Tree = ZhuzhouOrgUnits.Tree2017;
    private static readonly IReadOnlyList<OrgUnit> Counties = [.. Tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal)];
    private static readonly LocalDate AsOf = new(2017, 6, 30);

    private static Target Counsellors(Comparison comparison) => new(TargetId.Create(8, 1), "心理咨询师", comparison, MeasureWord.Persons)
    {
        TimeAggregation = TimeAggregation.Increment,
        Deadline = new LocalDate(2017, 12, 31),
    };

    private static Allocation EqualWeights() => Allocation.Proportional(Counties.Select(c => new AllocationPart(c.Code, 1m)));

    private static TargetEvaluation Evaluate(Target target, OrgUnitCode unit, decimal value)
        => Evaluator.Evaluate(target, Tree, unit, [new ProgressReport(target.Id, unit, AsOf, value)], AsOf, SamplePlans.Year2017, null);

    [Fact]
    public void OwedBy_EqualWeightsOfAHundred_ElevenEachAndTheOneLeftToTheLowestCode()
    {
        var target = Counsellors(Comparison.AtLeast(100m)) with { Allocation = EqualWeights() };

        var owed = Counties.Select(c => Apportionment.OwedBy(target, Tree, c.Code)!.Comparison.Required).ToList();

        // 100 / 9 = 11.11…: nine remainders tie, so the one unit left goes to the lowest code, 430202 荷塘区.
        owed.Should().Equal(12m, 11m, 11m, 11m, 11m, 11m, 11m, 11m, 11m);
        owed.Sum().Should().Be(100m);
    }

    [Fact]
    public void OwedBy_WeightsByEnrolment_LargestRemaindersGetTheUnitsLeft()
    {
        // 7 split 5 : 3 : 2 → 3.5, 2.1, 1.4: floors 3, 2, 1 leave 1, which goes to the largest remainder (0.5).
        var target = Counsellors(Comparison.AtLeast(7m)) with
        {
            Allocation = Allocation.Proportional([new(Counties[0].Code, 5m), new(Counties[1].Code, 3m), new(Counties[2].Code, 2m)]),
        };

        Counties.Take(3).Select(c => Apportionment.OwedBy(target, Tree, c.Code)!.Comparison.Required).Should().Equal(4m, 2m, 1m);
    }

    [Fact]
    public void OwedBy_RangeSplitByWeights_EachBoundSplitTheSameWay()
    {
        var target = Counsellors(Comparison.Between(3m, 5m)) with
        {
            Allocation = Allocation.Proportional([new(Counties[0].Code, 1m), new(Counties[1].Code, 1m)]),
        };

        var first = Apportionment.OwedBy(target, Tree, Counties[0].Code)!.Comparison;
        var second = Apportionment.OwedBy(target, Tree, Counties[1].Code)!.Comparison;

        (first.Minimum, first.Maximum, second.Minimum, second.Maximum).Should().Be((2m, 3m, 1m, 2m));
    }

    [Fact]
    public void OwedBy_RangeWhoseBoundsSplitApartWouldCross_EveryMaximumAtLeastItsMinimum()
    {
        // 3–4 over weights 1 : 3 : 3. Split on its own, 3 gives 1, 1, 1 and 4 gives 0, 2, 2: the first part would be
        // "between 1 and 0" (found by the agreement property). The span above the minimum (1) is split instead.
        var target = Counsellors(Comparison.Between(3m, 4m)) with
        {
            Allocation = Allocation.Proportional([new(Counties[0].Code, 1m), new(Counties[1].Code, 3m), new(Counties[2].Code, 3m)]),
        };

        var parts = Counties.Take(3).Select(c => Apportionment.OwedBy(target, Tree, c.Code)!.Comparison).ToList();

        parts.Select(p => (p.Minimum, p.Maximum)).Should().Equal((1m, 1m), (1m, 2m), (1m, 1m));
        (parts.Sum(p => p.Minimum!.Value), parts.Sum(p => p.Maximum!.Value)).Should().Be((3m, 4m));
    }

    [Fact]
    public void OwedBy_NoAllocation_CountyOwesNothingCityOwesTheWhole()
    {
        var target = Counsellors(Comparison.AtLeast(100m));

        Apportionment.OwedBy(target, Tree, Counties[0].Code).Should().BeNull();
        Apportionment.OwedBy(target, Tree, Tree.Root.Code).Should().Be(target);
    }

    [Fact]
    public void OwedBy_ShareTarget_EveryUnitOwesItAlike()
    {
        var share = new Target(TargetId.Create(6, 1), "学生", Comparison.Coverage(1m), MeasureWord.None);

        Counties.Should().OnlyContain(c => Apportionment.OwedBy(share, Tree, c.Code) == share);
    }

    [Fact]
    public void OwedBy_MilestoneOfEveryCounty_CountiesAndCityOweItSchoolsDoNot()
    {
        var milestone = new Target(TargetId.Create(13, 1), "学前班整改", Comparison.Milestone(), MeasureWord.None) { Scope = MilestoneScope.EveryUnitAt(OrgUnitLevel.County) };
        var issuers = new Target(TargetId.Create(16, 1), "秋季入学", Comparison.Milestone(), MeasureWord.None);

        Counties.Should().OnlyContain(c => Apportionment.OwedBy(milestone, Tree, c.Code) != null);
        Apportionment.OwedBy(milestone, Tree, Tree.Root.Code).Should().NotBeNull();
        Counties.Should().OnlyContain(c => Apportionment.OwedBy(issuers, Tree, c.Code) == null, "an issuer's milestone is the city's alone");
    }

    [Theory]
    [InlineData(0, 1, EvaluationStatus.Achieved)]
    [InlineData(0, 2, EvaluationStatus.Exceeded)]
    public void Evaluate_ProportionalNinthOfNine_ReachingExactlyItsShareIsAchieved(int county, double value, EvaluationStatus status)
    {
        // Nine over nine equal weights: each owes exactly 1 (never 0.9999999999999995 through a double).
        var target = Counsellors(Comparison.AtLeast(9m)) with { Allocation = EqualWeights() };

        var evaluation = Evaluate(target, Counties[county].Code, (decimal)value);

        evaluation.Required.Should().Be(1m);
        evaluation.Status.Should().Be(status);
    }

    [Fact]
    public void Evaluate_ExplicitSixty_ReachingExactlySixtyIsAchieved()
    {
        var target = Counsellors(Comparison.AtLeast(100m)) with { Allocation = Allocation.Explicit([new(Counties[8].Code, 60m), new(Counties[0].Code, 40m)]) };

        var evaluation = Evaluate(target, Counties[8].Code, 60m);

        (evaluation.Required, evaluation.Completion, evaluation.Status).Should().Be((60m, 1m, EvaluationStatus.Achieved));
    }

    [Fact]
    public void Evaluate_AtMostShareOfFive_ReachingExactlyFiveIsAchieved()
    {
        // A descending target (at most 8 of a baseline of 20), allocated explicitly: 430202 at most 5 of its baseline 12.
        var target = new Target(TargetId.Create(21, 2), "大班额", Comparison.AtMost(8m), MeasureWord.Units)
        {
            Baseline = 20m,
            Direction = Direction.Descending,
            TimeAggregation = TimeAggregation.Level,
            Allocation = Allocation.Explicit([new(Counties[0].Code, 5m) { Baseline = 12m }, new(Counties[1].Code, 3m) { Baseline = 8m }]),
        };

        var evaluation = Evaluate(target, Counties[0].Code, 5m);

        (evaluation.Required, evaluation.Completion, evaluation.Status).Should().Be((5m, 1m, EvaluationStatus.Achieved));
    }

    [Fact]
    public void Evaluate_CountyWithoutAllocation_IsNotAssignedWithItsContribution()
    {
        var target = Counsellors(Comparison.AtLeast(100m));
        var reports = new[]
        {
            new ProgressReport(target.Id, Counties[0].Code, AsOf, 10m),
            new ProgressReport(target.Id, Counties[1].Code, AsOf, 30m),
        };

        var evaluation = Evaluator.Evaluate(target, Tree, Counties[0].Code, reports, AsOf, SamplePlans.Year2017, null);

        (evaluation.Status, evaluation.Value, evaluation.Contribution).Should().Be((EvaluationStatus.NotAssigned, 10m, 0.25m));
    }

    [Fact]
    public void Split_AnyWholeAndWeights_PartsAddUpToTheWholeAndDifferFromTheirShareByLessThanOne()
        => Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 1000].Array[1, 12]).Sample((whole, weights) =>
        {
            var target = Counsellors(Comparison.AtLeast(whole)) with
            {
                Allocation = Allocation.Proportional(weights.Select((w, i) => new AllocationPart(Counties[i % Counties.Count].Code, w)).DistinctBy(p => p.OrgUnit)),
            };
            var parts = target.Allocation!.Parts;
            var owed = parts.Select(p => Apportionment.OwedBy(target, Tree, p.OrgUnit)!.Comparison.Required).ToList();
            var total = parts.Sum(p => p.Amount);

            return owed.Sum() == whole
                && owed.All(o => o == Math.Floor(o))
                && owed.Select((o, i) => Math.Abs(o - (whole * parts[i].Amount / total))).All(d => d < 1m);
        });
}
