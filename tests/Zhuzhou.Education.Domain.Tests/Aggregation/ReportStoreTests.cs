using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

public partial class ReportStoreTests
{
    // Per target, a set of (unit, day) pairs — duplicates per unit and date are an error for the rules — with
    // small integer values, so that sums are exact in double and decimal alike.
    private static readonly Gen<ProgressReport[]> GenReports =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 120], Gen.Int[0, 40], Gen.Int[1, 40])
            .Array[0, 60]
            .Select(rows => rows
                .DistinctBy(r => (r.Item1, r.Item2, r.Item3))
                .Select(r => Report(Targets[r.Item1], AllUnits[r.Item2], Year2017.Start.PlusDays(r.Item3), r.Item4, r.Item5))
                .ToArray());

    [Fact]
    public void AsOf_RandomReports_EqualsRulesEvaluationOfSameReports()
    {
        Gen.Select(GenReports, Gen.Int[0, 130], Gen.Int[1, 3]).Sample((reports, day, batches) =>
        {
            var asOf = Year2017.Start.PlusDays(day);
            var store = ReportStore.Open(TestPlan, Tree);
            store.ParallelThreshold = 8;
            foreach (var batch in reports.Chunk(Math.Max(1, (reports.Length / batches) + 1)))
            {
                store.Append(batch);
            }

            var result = store.AsOf(asOf);
            foreach (var target in Targets)
            {
                // Every unit: the rules' evaluation for the unit (what it owes, the reports that count for it), and its
                // achievement as the oracle reads DESIGN.md.
                var mine = reports.Where(r => r.Target == target.Id).ToList();
                foreach (var unit in AllUnits)
                {
                    var expected = Evaluator.Evaluate(target, Tree, unit, mine, asOf, Year2017, null);
                    var actual = result.Evaluate(target.Id, unit);
                    actual.Completion.Should().BeApproximately(expected.Completion, 1e-9m, "target {0} at {1}", target.Id, unit);
                    (actual.Status, actual.Required).Should().Be((expected.Status, expected.Required), "target {0} at {1}", target.Id, unit);

                    var oracle = AchievementOracle.Of(target, Tree, unit, mine, asOf);
                    var achieved = result.Achieved(target.Id, unit);
                    achieved.Amount.Should().BeApproximately(oracle.Amount, 1e-9m, "target {0} at {1}", target.Id, unit);
                    achieved.ReportCount.Should().Be(oracle.ReportCount, "the reports that count of target {0} at {1}", target.Id, unit);
                }
            }

            var rollUp = result.EvaluatePlan();
            var plain = Evaluator.EvaluatePlan(TestPlan, Tree, City, reports, asOf, null);
            rollUp.Completion!.Value.Should().BeApproximately(plain.Completion!.Value, 1e-9m);
            rollUp.Counts.Should().Be(plain.Counts);
        }, iter: 150);
    }

    [Fact]
    public void Series_RandomReports_EachPointEqualsAsOf()
    {
        Gen.Select(GenReports, Gen.Int[1, 2]).Sample((reports, batches) =>
        {
            var store = ReportStore.Open(TestPlan, Tree);
            store.ParallelThreshold = 8;
            foreach (var batch in reports.Chunk(Math.Max(1, (reports.Length / batches) + 1)))
            {
                store.Append(batch);
            }

            var series = store.Series(SeriesInterval.Month);

            series.Dates.Should().HaveCount(12);
            for (var point = 0; point < 5; point++)
            {
                var asOf = store.AsOf(series.Dates[point]);
                foreach (var unit in new[] { City, Hetang, Lusong })
                {
                    foreach (var target in Targets)
                    {
                        // Doubles in different orders (running sums, a mean) may differ in the last digits; no more.
                        var (inSeries, atDate) = (series.Target(target.Id, unit)[point], asOf.Figure(target.Id, unit));
                        inSeries.Value.Should().BeApproximately(atDate.Value, 1e-9m);
                        inSeries.Completion.Should().BeApproximately(atDate.Completion, 1e-9m);
                        inSeries.ExpectedProgress.Should().Be(atDate.ExpectedProgress);
                        (inSeries.Status, inSeries.ReportCount).Should().Be((atDate.Status, atDate.ReportCount));
                    }

                    var (planInSeries, planAtDate) = (series.Plan(unit)[point], asOf.EvaluatePlan(unit).Figure);
                    planInSeries.Completion!.Value.Should().BeApproximately(planAtDate.Completion!.Value, 1e-9m);
                    (planInSeries.ExpectedProgress, planInSeries.Counts, planInSeries.Status).Should().Be((planAtDate.ExpectedProgress, planAtDate.Counts, planAtDate.Status));
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void AsOf_CountyWithoutAllocation_IsNotAssignedWithItsContributionAndCityIsNotMeanOfCounties()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var places = Targets[1];
        store.Append(
        [
            Report(places, Schools[0], new LocalDate(2017, 3, 1), 20, 1),
            Report(places, Schools[1], new LocalDate(2017, 3, 1), 10, 1),
            Report(places, Schools[2], new LocalDate(2017, 3, 1), 2, 1),
        ]);

        var result = store.AsOf(new LocalDate(2017, 6, 30));

        result.Required(places.Id, Hetang).Should().BeNull("without an allocation a county owes nothing of a count");
        var hetang = result.Figure(places.Id, Hetang);
        (hetang.Status, hetang.Value, hetang.Contribution).Should().Be((EvaluationStatus.NotAssigned, 30m, 30m / 32m));
        result.Figure(places.Id).Value.Should().Be(32m);
        result.Evaluate(places.Id).Completion.Should().Be(0.8m, "32 of 40");
    }

    [Fact]
    public void AsOf_ExplicitAllocation_CountyOwesItsAmountExactly()
    {
        var places = Targets[1] with { Allocation = Allocation.Explicit([new(Hetang, 30m), new(Lusong, 10m)]) };
        var store = ReportStore.Open(TestPlan.WithTargets([places]), Tree);
        store.Append([Report(places, Schools[0], new LocalDate(2017, 3, 1), 15, 1), Report(places, Schools[2], new LocalDate(2017, 3, 1), 10, 1)]);

        var result = store.AsOf(new LocalDate(2017, 6, 30));

        result.Required(places.Id, Hetang).Should().Be(30m);
        result.Required(places.Id, Schools[0]).Should().BeNull("the allocation names counties, not their schools");
        result.Evaluate(places.Id, Hetang).Completion.Should().Be(0.5m);
        result.Evaluate(places.Id, Lusong).Status.Should().Be(EvaluationStatus.Achieved, "10 of exactly 10 owed");
        result.Evaluate(places.Id, Schools[0]).Status.Should().Be(EvaluationStatus.NotAssigned);
    }

    [Fact]
    public void AsOf_ShareTarget_SumsNumeratorsAndDenominators()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var art = Targets[4];
        store.Append(
        [
            Report(art, Schools[0], new LocalDate(2017, 3, 1), 9, 10),
            Report(art, Schools[2], new LocalDate(2017, 3, 1), 10, 90),
        ]);

        var result = store.AsOf(new LocalDate(2017, 6, 30));

        result.Achieved(art.Id).Should().Be(Achievement.FromRatio(19m, 100m, 2));
        result.Figure(art.Id).Value.Should().Be(0.19m, "19 of 100, not the mean of 90% and 11%");
    }

    // Rows in index form (target, org unit, day, value): the engine's internal path.
    public static TheoryData<int, int, int, double, string> BadRows => new()
    {
        { 99, 0, 0, 1, "target index 99" },
        { 0, 99, 0, 1, "org unit index 99" },
        { 0, 0, 365, 1, "day 365 is outside" },
        { 0, 0, -1, 1, "day -1 is outside" },
        { 0, 0, 0, double.NaN, "must be a finite number" },
        { 0, 0, 0, -1, "not negative" },
        { 0, 0, 0, double.PositiveInfinity, "must be a finite number" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Append_BadRow_ThrowsAndStoreIsUnchanged(int target, int unit, int day, double value, string message)
    {
        var bad = new ReportRow(target, unit, day, value);
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(new[] { new ReportRow(0, 3, 10, 7) });
        var before = store.AsOf(Year2017.End);

        var rows = Enumerable.Range(0, 40).Select(i => new ReportRow(0, 3 + (i % 4), i, i)).Append(bad).ToArray();
        var act = () => store.Append(rows);

        act.Should().Throw<ArgumentException>().WithMessage($"Row 40 is rejected: *{message}*No row of the batch was added.*");
        store.Count.Should().Be(1);
        store.AsOf(Year2017.End).Achieved(Targets[0].Id).Should().Be(before.Achieved(Targets[0].Id)).And.Be(Achievement.FromAmount(7m, 1));
    }

    [Fact]
    public void Append_BadRowInOneHalfOfParallelBatch_NothingAdded()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.ParallelThreshold = 4;
        var rows = Enumerable.Range(0, 20).Select(i => new ReportRow(0, 3, i, 1)).ToArray();
        rows[3] = rows[3] with { Value = double.NaN };

        var act = () => store.Append(rows);

        act.Should().Throw<ArgumentException>().WithMessage("Row 3 is rejected*");
        store.Count.Should().Be(0);
        store.Segments.Should().BeEmpty();
    }

    [Fact]
    public void Append_ShareWithoutDenominators_Throws()
    {
        var store = ReportStore.Open(TestPlan, Tree);

        var act = () => store.Append(new[] { new ReportRow(store.TargetIndex(Targets[4].Id), 3, 0, 1) });

        act.Should().Throw<ArgumentException>().WithMessage("*4.1 is a share and needs a denominator*");
        store.Count.Should().Be(0);
    }

    public static TheoryData<string, string, string> BadReports => new()
    {
        { "9.9", "H1", "ZR0001: Target 9.9 is not in the plan" },
        { "1.1", "X9", "ZR0002: Org unit \"X9\" is not in the org unit tree of 株洲市." },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public void Append_BadProgressReport_ThrowsAndStoreIsUnchanged(string target, string unit, string message)
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var good = new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 2, 1), 3m);
        var bad = new ProgressReport(TargetId.Parse(target), OrgUnitCode.Parse(unit), new LocalDate(2017, 2, 1), 3m);

        var act = () => store.Append([good, bad]);

        act.Should().Throw<ArgumentException>().WithMessage($"Report 1 *{message}*No report of the batch was added.*");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_ProgressReportOutsidePlanPeriod_ThrowsWithAdmissionsCode()
    {
        var store = ReportStore.Open(TestPlan, Tree);

        var act = () => store.Append([new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2018, 1, 1), 3m)]);

        act.Should().Throw<ArgumentException>().WithMessage("*ZR0003: The date 2018-01-01 is outside the plan period*");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_ProgressReportInPlanPeriodButOutsideRange_Throws()
    {
        var store = ReportStore.Open(TestPlan, Tree, new DateInterval(Year2017.Start, new LocalDate(2017, 6, 30)));

        var act = () => store.Append([new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 7, 1), 3m)]);

        act.Should().Throw<ArgumentException>().WithMessage("*outside the store's range*");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_SameReportTwiceInABatch_IsRefusedAsTheEvaluatorRefusesIt()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var report = new ProgressReport(Targets[0].Id, Schools[0], new LocalDate(2017, 2, 1), 3m);

        var act = () => store.Append([report, report]);

        act.Should().Throw<ArgumentException>().WithMessage("Report 1 (*) is refused: ZR0010: This report repeats another with the same target*");
        store.Count.Should().Be(0);
    }

    [Fact]
    public void Append_LaterBatch_KeepsEarlierSegments()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append(new[] { new ReportRow(1, 3, 10, 5) });
        var first = store.Segments[0];

        store.Append(new[] { new ReportRow(1, 3, 11, 8), new ReportRow(1, 4, 20, 1) });

        store.Segments.Should().HaveCount(2);
        store.Segments[0].Should().BeSameAs(first);
        store.AsOf(Year2017.End).Achieved(Targets[1].Id, Schools[0]).Amount.Should().Be(8m, "the later day's level counts");
        store.AsOf(Year2017.Start.PlusDays(10)).Achieved(Targets[1].Id, Schools[0]).Amount.Should().Be(5m);
        store.AsOf(Year2017.End).Achieved(Targets[1].Id).Amount.Should().Be(9m);
    }

    [Fact]
    public void Completeness_MonthlyTarget_CountsEndedMonthsAndFindsWhoIsMissing()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        var places = Targets[1];
        store.Append(
        [
            Report(places, Schools[0], new LocalDate(2017, 1, 20), 1, 1),
            Report(places, Schools[0], new LocalDate(2017, 1, 25), 2, 1),
            Report(places, Schools[0], new LocalDate(2017, 2, 20), 3, 1),
            Report(places, Schools[1], new LocalDate(2017, 1, 20), 1, 1),
            Report(places, Schools[2], new LocalDate(2017, 2, 28), 1, 1),
            Report(places, Schools[2], new LocalDate(2017, 3, 2), 1, 1),
        ]);

        var completeness = store.Completeness(new LocalDate(2017, 3, 15));

        completeness.Expected(places.Id, Schools[0]).Should().Be(2);
        completeness.Received(places.Id, Schools[0]).Should().Be(2);
        completeness.Expected(places.Id, Hetang).Should().Be(4);
        completeness.Received(places.Id, Hetang).Should().Be(3);
        completeness.Expected(places.Id).Should().Be(8);
        completeness.Received(places.Id).Should().Be(4);
        completeness.Rate(places.Id).Should().Be(0.5);
        completeness.Missing(places.Id).Should().Equal(Schools[1], Schools[3]);
    }

    [Fact]
    public void Completeness_QuarterlyTargetBeforeFirstQuarterEnds_ExpectsNothing()
    {
        var store = ReportStore.Open(TestPlan, Tree);

        var completeness = store.Completeness(new LocalDate(2017, 3, 30));

        completeness.Expected(Targets[7].Id).Should().Be(0);
        completeness.Rate(Targets[7].Id).Should().Be(1d);
        store.Completeness(new LocalDate(2017, 3, 31)).Expected(Targets[7].Id).Should().Be(4);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_PlanWithoutPeriod_IsRefusedNamingThePlan(bool withRange)
    {
        var plan = new Plan(TestPlan.Issuer, TestPlan.Title, null, TestPlan.Published, TestPlan.Preamble, TestPlan.Sections);

        var act = () => withRange ? ReportStore.Open(plan, Tree, Year2017) : ReportStore.Open(plan, Tree);

        act.Should().Throw<ArgumentException>().WithParameterName("plan").WithMessage("*has no period*cannot be evaluated*");
    }
}
