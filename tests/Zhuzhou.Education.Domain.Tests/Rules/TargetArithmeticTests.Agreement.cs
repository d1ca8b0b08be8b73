using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Tests.Support;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Rules;

/// <content>
/// One arithmetic: random plans and reports give the evaluator, the engine's as-of query and its series identical
/// figures — value, completion, expected progress, status and the reports that count — for every target and org unit.
/// </content>
/// <remarks>
/// The engine runs in doubles; to ask for identical figures rather than close ones, the reports are the testing kit's
/// exact streams (<see cref="ReportGen.Stream"/>): values a double holds exactly all the way — integers, and for
/// averages multiples of 27720 (= lcm(1..12), with at most 12 reports per unit), so every sum and mean is an integer;
/// milestones report quarters and do not average.
/// </remarks>
public partial class TargetArithmeticTests
{
    private static readonly Gen<Comparison> GenComparison = Gen.OneOf(
        Gen.Int[0, 60].Select(n => Comparison.AtLeast(n)),
        Gen.Int[0, 30].Select(Gen.Int[0, 30]).Select((a, b) => Comparison.Between(Math.Min(a, b), Math.Max(a, b))),
        Gen.Int[0, 40].Select(n => Comparison.Exactly(n)),
        Gen.Int[0, 10].Select(n => Comparison.AtMost(n)),
        Gen.Const(Comparison.Milestone()),
        Gen.Int[1, 100].Select(s => Comparison.Coverage(s / 100m)));

    private static readonly Gen<Func<TargetId, Target>> GenTarget =
        from comparison in GenComparison
        from time in Gen.Enum<TimeAggregation>()
        from percent in Gen.Bool
        from ratio in Gen.Bool
        from baseline in Gen.Int[0, 80].Nullable()
        from deadline in Gen.Int[-10, 400].Nullable()
        from weight in Gen.Int[1, 3]
        from staged in Gen.Bool
        from owed in Gen.Int[0, 3]
        from amounts in Gen.Int[0, 30].Array[AllUnits.Length]
        select (Func<TargetId, Target>)(id => Owed(Build(id, comparison, time, percent, ratio, baseline, deadline, weight, staged), owed, amounts));

    /// <summary>
    /// Who owes the target: 0 the issuer alone; for a count 1 an explicit 任务分解 over the counties, 2 a proportional one
    /// over a county and two schools, 3 an explicit one over the schools; for a milestone 1 every county, 2 every
    /// school, 3 a responsible school.
    /// </summary>
    private static Target Owed(Target target, int owed, int[] amounts)
    {
        if (owed == 0)
        {
            return target;
        }

        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            return target with
            {
                Scope = owed switch
                {
                    1 => MilestoneScope.EveryUnitAt(OrgUnitLevel.County),
                    2 => MilestoneScope.EveryUnitAt(OrgUnitLevel.School),
                    _ => MilestoneScope.ResponsibleUnit(Schools[1]),
                },
            };
        }

        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
        {
            return target;
        }

        AllocationPart Part(int i) => new(AllUnits[i], amounts[i]) { Baseline = target.Baseline is null ? null : amounts[i] + 5 };
        var proportional = owed == 2 && target.Baseline is null && target.Comparison.Kind != ComparisonKind.AtMost && amounts[1] + amounts[3] + amounts[4] > 0;
        return target with
        {
            Allocation = proportional ? Allocation.Proportional([new(AllUnits[1], amounts[1]), new(AllUnits[3], amounts[3]), new(AllUnits[4], amounts[4])])
                : owed == 3 ? Allocation.Explicit([.. Enumerable.Range(3, 4).Select(Part)])
                : Allocation.Explicit([Part(1), Part(2)]),
        };
    }

    private static readonly Gen<Plan> GenPlan = GenTarget.Array[1, 6].Select(Gen.Int[1, 3]).Select((targets, itemsPerSection) => PlanOf(targets, itemsPerSection));

    private static Target Build(TargetId id, Comparison comparison, TimeAggregation time, bool percent, bool ratio, int? baseline, int? deadline, int weight, bool staged)
    {
        var milestone = comparison.Kind == ComparisonKind.Milestone;
        var share = comparison.Kind == ComparisonKind.Coverage || (ratio && comparison.Kind is ComparisonKind.AtLeast or ComparisonKind.Between);
        var inPercent = share && percent && comparison.Kind != ComparisonKind.Coverage;
        return new Target(id, "指标", inPercent ? Scale(comparison) : comparison, inPercent ? MeasureWord.Percent : MeasureWord.Units)
        {
            // Milestones do not average (a mean of quarters is no double-exact number).
            TimeAggregation = milestone && time == TimeAggregation.Average ? TimeAggregation.Level : time,
            OrgUnitAggregation = share ? OrgUnitAggregation.Ratio : OrgUnitAggregation.Sum,
            Baseline = milestone || share ? null : baseline,
            Deadline = deadline is { } d ? Year2017.Start.PlusDays(d) : null,
            Weight = weight,
            Stages = milestone && staged ? [new("未启动", 0m), new("推进中", 0.5m), new("已完成", 1m)] : [],
        };
    }

    // A percentage share writes its bounds in percent: at least 60 (%).
    private static Comparison Scale(Comparison c) => c.Kind == ComparisonKind.Between
        ? Comparison.Between(Math.Min(c.Minimum!.Value, 100m), Math.Min(c.Maximum!.Value, 100m))
        : Comparison.AtLeast(Math.Min(c.Minimum!.Value, 100m));

    private static Plan PlanOf(Func<TargetId, Target>[] targets, int itemsPerSection)
    {
        var items = targets.Select((t, i) => new Item(i + 1, "要点" + (i + 1), [new Commitment("举措", [t(TargetId.Create(i + 1, 1))])])).ToList();
        var sections = items.Chunk(itemsPerSection).Select((chunk, s) => new Section(s + 1, "部分", [.. chunk])).ToList();
        return new Plan("株洲市教育局", "随机计划", Year2017, null, string.Empty, sections);
    }

    [Fact]
    public void Figures_EvaluatorAsOfAndSeries_AreIdenticalForEveryTargetAndOrgUnit()
        => GenPlan.SelectMany(plan => Gen.Select(Gen.Const(plan), ReportGen.Stream(plan, Tree), Gen.Int[0, 400], Gen.Int[1, 3])).Sample((plan, reports, day, batches) =>
        {
            var store = ReportStore.Open(plan, Tree);
            store.ParallelThreshold = 8;
            foreach (var batch in reports.Chunk(Math.Max(1, (reports.Length / batches) + 1)))
            {
                store.Append(batch);
            }

            var asOf = Year2017.Start.PlusDays(day);
            var result = store.AsOf(asOf);
            var series = store.Series(SeriesInterval.Month);
            foreach (var target in plan.Targets)
            {
                var mine = reports.Where(r => r.Target == target.Id).ToList();
                foreach (var unit in AllUnits)
                {
                    var engine = result.Evaluate(target.Id, unit);
                    var evaluator = Evaluator.Evaluate(target, Tree, unit, mine, asOf, Year2017, null);
                    engine.Figure.Should().Be(evaluator.Figure, "target {0} ({1}, {2}) at {3} as of {4}", target.Id, target.Comparison, (object?)target.Allocation ?? target.Scope, unit, asOf);
                    engine.Target.Should().Be(evaluator.Target, "what {0} owes of target {1}", unit, target.Id);

                    var oracle = AchievementOracle.Of(target, Tree, unit, mine, asOf);
                    (result.Achieved(target.Id, unit).Amount, evaluator.Achievement.ReportCount).Should().Be((oracle.Amount, oracle.ReportCount), "the oracle's reading of target {0} at {1}", target.Id, unit);
                }

                foreach (var unit in series.OrgUnits)
                {
                    var points = series.Target(target.Id, unit);
                    for (var point = 0; point < series.Dates.Length; point += 3)
                    {
                        var date = series.Dates[point];
                        var evaluator = Evaluator.Evaluate(target, Tree, unit, mine, date, Year2017, null);
                        points[point].Should().Be(evaluator.Figure, "target {0} at {1} in the series on {2}", target.Id, unit, date);
                    }
                }
            }

            var plain = Evaluator.EvaluatePlan(plan, Tree, City, reports, asOf, null);
            result.EvaluatePlan().Figure.Should().Be(plain.Figure, "the plan's roll-up as of {0}", asOf);
        }, iter: 120);

    [Fact]
    public void Figures_LevelTarget_CountOnlyTheLatestReportOfEachUnit()
    {
        var target = Targets[1];
        ProgressReport[] reports =
        [
            Report(target, Schools[0], new LocalDate(2017, 1, 31), 5, 1),
            Report(target, Schools[0], new LocalDate(2017, 2, 28), 8, 1),
            Report(target, Schools[0], new LocalDate(2017, 3, 31), 9, 1),
            Report(target, Schools[1], new LocalDate(2017, 2, 28), 4, 1),
        ];
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(reports);
        var asOf = new LocalDate(2017, 6, 30);

        var engine = store.AsOf(asOf).Figure(target.Id);
        var evaluator = Evaluator.Evaluate(target, reports, asOf, Year2017, null);
        var series = store.Series(SeriesInterval.Month).Target(target.Id)[5];

        (engine.Value, engine.ReportCount).Should().Be((13m, 2), "9 from the first school (its latest) and 4 from the second: two reports count, not four");
        evaluator.Figure.Should().Be(engine);
        series.Should().Be(engine);
    }

    [Fact]
    public void Figures_PercentageShare_ValueIsInPercentOnEveryPath()
    {
        var target = new Target(TargetId.Create(4, 1), "达标率", Comparison.AtLeast(90m), MeasureWord.Percent) { OrgUnitAggregation = OrgUnitAggregation.Ratio };
        var plan = new Plan("株洲市教育局", "百分比", Year2017, null, string.Empty, [new Section(1, "一", [new Item(4, "要点", [new Commitment("举措", [target])])])]);
        ProgressReport[] reports = [new(target.Id, Schools[0], new LocalDate(2017, 3, 31), 0.94m) { Numerator = 47, Denominator = 50 }];
        var store = ReportStore.Open(plan, Tree);
        store.Append(reports);
        var asOf = new LocalDate(2017, 6, 30);

        var engine = store.AsOf(asOf).Figure(target.Id);

        engine.Value.Should().Be(94m, "a percentage is written 94 for 94%, as the target's bound 90 is");
        Evaluator.Evaluate(target, reports, asOf, Year2017, null).Value.Should().Be(94m);
        store.Series(SeriesInterval.Month).Target(target.Id)[5].Value.Should().Be(94m);
        store.AsOf(asOf).Achieved(target.Id).Amount.Should().Be(0.94m, "the achievement keeps the share itself");
    }
}
