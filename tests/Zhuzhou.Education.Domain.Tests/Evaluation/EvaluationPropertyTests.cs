using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Evaluation.EvaluationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Evaluation;

public class EvaluationPropertyTests
{
    private static readonly OrgUnitCode[] Units = [Liling, Lusong, Hetang];
    private static readonly LocalDate Start = Year2017.Start;

    private static readonly Gen<Target> GenTarget = Gen.OneOf(
        Gen.Enum<TimeAggregation>().Select(Gen.Int[0, 500]).Select((time, n) => AtLeast(n, time)),
        Gen.Int[0, 50000].Select(b => Places(b)),
        Gen.Int[0, 20].Select(Gen.Int[0, 20]).Select((a, b) => Between(Math.Min(a, b), Math.Max(a, b))),
        Gen.Int[0, 50].Select(n => Exactly(n)),
        Gen.Int[1, 100].Select(s => Coverage(s / 100m)),
        Gen.Int[0, 20].Select(b => Dropout(b)),
        Gen.Bool.Select(Gen.Int[0, 364]).Select((staged, day) => staged ? Milestone(deadline: Start.PlusDays(day)) : Milestone(deadline: Start.PlusDays(day)) with { Stages = [] }));

    // (org unit, day of 2017, a, b): a value, or for shares a numerator min(a, b) over a denominator b.
    private static readonly Gen<(int Unit, int Day, int A, int B)[]> GenRows =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 364], Gen.Int[0, 1000], Gen.Int[1, 1000]).Array[0, 12];

    private static ProgressReport[] ReportsFor(Target target, (int Unit, int Day, int A, int B)[] rows)
        => [.. rows.DistinctBy(r => (r.Unit, r.Day)).Select(r => ToReport(target, r))];

    private static ProgressReport ToReport(Target target, (int Unit, int Day, int A, int B) row)
    {
        var date = Start.PlusDays(row.Day);
        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            return new ProgressReport(target.Id, Units[row.Unit], date, row.A / 1000m);
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            var numerator = Math.Min(row.A, row.B);
            return new ProgressReport(target.Id, Units[row.Unit], date, (decimal)numerator / row.B) { Numerator = numerator, Denominator = row.B };
        }

        return new ProgressReport(target.Id, Units[row.Unit], date, row.A);
    }

    [Fact]
    public void Evaluate_CompletionAndExpectedProgress_AlwaysBetweenZeroAndOne()
        => Gen.Select(GenTarget, GenRows, Gen.Int[-30, 400]).Sample((target, rows, day) =>
        {
            var evaluation = Evaluator.Evaluate(target, ReportsFor(target, rows), Start.PlusDays(day), Year2017, null);
            return evaluation.Completion is >= 0m and <= 1m && evaluation.ExpectedProgress is >= 0m and <= 1m;
        });

    [Fact]
    public void Evaluate_OrderOfReports_NeverChangesTheResult()
        => Gen.Select(GenTarget, GenRows, Gen.Int[0, 364], Gen.Int.Array[12]).Sample((target, rows, day, keys) =>
        {
            var reports = ReportsFor(target, rows);
            var shuffled = reports.Select((r, i) => (r, keys[i % keys.Length] ^ i)).OrderBy(p => p.Item2).Select(p => p.r).ToArray();
            var asOf = Start.PlusDays(day);
            var a = Evaluator.Evaluate(target, reports, asOf, Year2017, null);
            var b = Evaluator.Evaluate(target, shuffled, asOf, Year2017, null);
            var reversed = Evaluator.Evaluate(target, reports.Reverse(), asOf, Year2017, null);
            return a.Achievement == b.Achievement && a.Achievement == reversed.Achievement
                && a.Completion == b.Completion && a.Status == b.Status && a.Completion == reversed.Completion && a.Status == reversed.Status;
        });

    [Fact]
    public void Evaluate_IsMonotoneInTheAmount_ReversedForAtMost()
        => Gen.Select(GenTarget, Gen.Int[0, 100000], Gen.Int[0, 100000], Gen.Int[0, 364]).Sample((target, x, y, day) =>
        {
            var (low, high) = (Math.Min(x, y), Math.Max(x, y));
            var asOf = Start.PlusDays(day);
            Achievement Amount(int v) => target.Comparison.Kind == ComparisonKind.Milestone
                ? Achievement.FromAmount(v / 100000m, 1)
                : target.OrgUnitAggregation == OrgUnitAggregation.Ratio ? Achievement.FromRatio((decimal)v, 100000m, 1) : Achievement.FromAmount((decimal)v, 1);
            var cLow = Evaluator.Evaluate(target, Amount(low), asOf, Year2017, null).Completion;
            var cHigh = Evaluator.Evaluate(target, Amount(high), asOf, Year2017, null).Completion;
            return target.Comparison.Kind == ComparisonKind.AtMost ? cLow >= cHigh : cLow <= cHigh;
        });

    private static readonly Gen<Target> GenScheduledTarget = Gen.OneOf(
        Gen.Const(AtLeast(1m)),
        Gen.Int[-20, 400].Select(d => AtLeast(1m) with { Deadline = Start.PlusDays(d) }),
        Gen.Int[-20, 200].Select(Gen.Int[1, 200], Gen.Int[0, 100], Gen.Int[0, 100]).Select((d1, gap, e1, e2) => AtLeast(1m) with
        {
            Schedule = [new Checkpoint(Start.PlusDays(d1), Math.Min(e1, e2) / 100m), new Checkpoint(Start.PlusDays(d1 + gap), Math.Max(e1, e2) / 100m)],
        }));

    [Fact]
    public void ExpectedProgress_IsMonotoneInTheDate()
        => Gen.Select(GenScheduledTarget, Gen.Int[-60, 430], Gen.Int[-60, 430]).Sample((target, x, y) =>
        {
            var (early, late) = (Start.PlusDays(Math.Min(x, y)), Start.PlusDays(Math.Max(x, y)));
            var (e1, e2) = (ExpectedProgress.At(target, Year2017, early), ExpectedProgress.At(target, Year2017, late));
            return e1 <= e2 && e1 >= 0m && e2 <= 1m;
        });

    [Fact]
    public void ExpectedProgress_BeforeThePeriodIsZeroAndAfterItOne()
        => Gen.Select(GenScheduledTarget, Gen.Int[1, 1000]).Sample((target, d) =>
            ExpectedProgress.At(target, Year2017, Start.PlusDays(-Math.Max(d, 40) - 400)) == 0m
            && ExpectedProgress.At(target, Year2017, Year2017.End.PlusDays(Math.Max(d, 401))) == 1m);

    [Fact]
    public void RollUp_IdenticalCompletions_EqualThatCompletion()
        => Gen.Select(Gen.Int[0, 100], Gen.Int[1, 5].Array[1, 6], Gen.Int[1, 4], Gen.Int[1, 4]).Sample((amount, weights, itemWeight, sectionWeight) =>
        {
            var targets = weights.Select((w, i) => new Target(TargetId.Create(1, i + 1), "指标", Comparison.AtLeast(100m), MeasureWord.Units) { Weight = w }).ToArray();
            var other = new Target(TargetId.Create(2, 1), "指标", Comparison.AtLeast(100m), MeasureWord.Units);
            var plan = new Plan("株洲市教育局", "测试", Year2017, null, string.Empty,
            [
                new Section(1, "一", [new Item(1, "甲", [new Commitment("甲", targets)]) { Weight = itemWeight }, new Item(3, "空", [new Commitment("无")])]) { Weight = sectionWeight },
                new Section(2, "二", [new Item(2, "乙", [new Commitment("乙", [other])])]),
            ]);
            var achievement = amount == 0 ? Achievement.None : Achievement.FromAmount((decimal)amount, 1);
            var rollUp = RollUp.Of(plan, plan.Targets.Select(t => Evaluator.Evaluate(t, achievement, June30, Year2017, null)));
            var expected = amount / 100m;
            return rollUp.Completion == expected && rollUp.Sections.All(s => s.Completion == expected)
                && rollUp.Sections[0].Items[0].Completion == expected;
        });

    [Fact]
    public void WeightedMean_IdenticalCompletions_EqualThatCompletion()
        => Gen.Select(Gen.Int[0, 1000], Gen.Int[1, 1000], Gen.Decimal[0.001m, 100m].Array[1, 20]).Sample((n, d, weights) =>
        {
            var c = Math.Min(n, d) / (decimal)d;
            var mean = RollUpArithmetic.WeightedMean(Enumerable.Repeat(c, weights.Length).ToArray(), weights)!.Value;
            return Math.Abs(mean - c) <= 1e-24m && mean is >= 0m and <= 1m;
        });
}
