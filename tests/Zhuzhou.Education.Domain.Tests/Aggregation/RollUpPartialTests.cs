using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

public partial class RollUpPartialTests
{
    private static readonly LocalDate MidYear = new(2017, 6, 30);

    // Reports of every kind of target, with non-integer values too (a mean, shares), and for each org unit a
    // place (0 to 3) among four stores: each unit's reports live in one place, as routing by org unit ensures.
    private static readonly Gen<(ProgressReport[] Reports, int[] Place, int Day)> GenSplit =
        Gen.Select(
            Gen.Select(Gen.Int[0, Targets.Length - 1], Gen.Int[0, AllUnits.Length - 1], Gen.Int[0, 200], Gen.Int[0, 40], Gen.Int[1, 40]).Array[0, 60]
                .Select(rows => rows
                    .DistinctBy(r => (r.Item1, r.Item2, r.Item3))
                    .Select(r => Report(Targets[r.Item1], AllUnits[r.Item2], Year2017.Start.PlusDays(r.Item3), r.Item4, r.Item5))
                    .ToArray()),
            Gen.Int[0, 3].Array[AllUnits.Length],
            Gen.Int[0, 220]);

    [Fact]
    public void Merge_ThreePartials_IsAssociative()
        => GenSplit.Sample(split =>
        {
            var (a, b, c, _) = Partials(split);

            a.Merge(b).Merge(c).Cells.Should().Equal(a.Merge(b.Merge(c)).Cells);
        }, iter: 100);

    [Fact]
    public void Merge_TwoPartials_IsCommutative()
        => GenSplit.Sample(split =>
        {
            var (a, b, _, _) = Partials(split);

            a.Merge(b).Cells.Should().BeEquivalentTo(b.Merge(a).Cells, o => o.WithStrictOrdering());
        }, iter: 100);

    [Fact]
    public void Merge_WithEmpty_IsIdentity()
        => GenSplit.Sample(split =>
        {
            var (a, _, _, asOf) = Partials(split);
            var empty = RollUpPartial.Empty(TestPlan, asOf);

            a.Merge(empty).Cells.Should().Equal(a.Cells);
            empty.Merge(a).Cells.Should().Equal(a.Cells);
            empty.Merge(empty).IsEmpty.Should().BeTrue();
        }, iter: 50);

    [Fact]
    public void RollUp_MergedPartialsOfStoresSplitByOrgUnit_EqualsAsOfOfOneStoreFigureForFigure()
        => GenSplit.Sample(split =>
        {
            var asOf = Year2017.Start.PlusDays(split.Day);
            var whole = ReportStore.Open(TestPlan, Tree);
            whole.Append(split.Reports);
            var stores = StoresByPlace(split);

            // Any order of arrival and any grouping of the merges: here, the reverse order, one by one.
            var merged = RollUpPartial.Empty(TestPlan, asOf);
            foreach (var store in stores.AsEnumerable().Reverse())
            {
                merged = store.PartialAsOf(asOf).Merge(merged);
            }

            var expected = whole.AsOf(asOf);
            var actual = ReportStore.Open(TestPlan, Tree).RollUp(merged);
            actual.AsOf.Should().Be(asOf);
            foreach (var unit in AllUnits)
            {
                foreach (var target in Targets)
                {
                    actual.Figure(target.Id, unit).Should().Be(expected.Figure(target.Id, unit), "target {0} at {1}", target.Id, unit);
                    actual.Achieved(target.Id, unit).Should().Be(expected.Achieved(target.Id, unit));
                }

                Figures(actual.EvaluatePlan(unit)).Should().Equal(Figures(expected.EvaluatePlan(unit)), "the roll-up at {0}", unit);
            }
        }, iter: 100);

    [Fact]
    public void PartialAsOf_OneStore_RollsUpToItsOwnAsOf()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1), Report(Targets[1], Hetang, new LocalDate(2017, 3, 2), 5, 1)]);

        var partial = store.PartialAsOf(MidYear);

        partial.Cells.Should().Equal(
            new RollUpCell(Targets[1].Id, Hetang, 5d, 0d, 1),
            new RollUpCell(Targets[1].Id, Schools[0], 7d, 0d, 1));
        store.RollUp(partial).Achieved(Targets[1].Id).Amount.Should().Be(12m);
        store.AsOf(MidYear).Achieved(Targets[1].Id).Amount.Should().Be(12m);
    }

    [Fact]
    public void PartialAsOf_DateBeforeEveryReport_IsEmpty()
    {
        var store = ReportStore.Open(TestPlan, Tree);
        store.Append([Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1)]);

        store.PartialAsOf(new LocalDate(2017, 2, 28)).IsEmpty.Should().BeTrue();
        store.PartialAsOf(new LocalDate(2016, 12, 1)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void FromCells_CellsOfAPartial_RebuildsTheSamePartial()
        => GenSplit.Sample(split =>
        {
            var (a, b, _, asOf) = Partials(split);
            var partial = a.Merge(b);

            var rebuilt = RollUpPartial.FromCells(TestPlan, asOf, partial.Cells.Reverse());

            rebuilt.Cells.Should().Equal(partial.Cells);
            rebuilt.OrgUnits.Should().Equal(partial.OrgUnits);
        }, iter: 50);

    public static TheoryData<string, double, double, int, string> BadCells => new()
    {
        { "9.9", 1d, 0d, 1, "no target 9.9" },
        { "1.1", -1d, 0d, 1, "must be finite and not negative" },
        { "1.1", double.NaN, 0d, 1, "must be finite and not negative" },
        { "1.1", 1d, double.PositiveInfinity, 1, "must be finite and not negative" },
        { "1.1", 1d, 0d, -1, "must be finite and not negative" },
        { "1.1", 3d, 0d, 0, "has numbers but no report" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public void FromCells_BadCell_ThrowsNamingTheCell(string target, double numerator, double denominator, int reports, string problem)
    {
        var cell = new RollUpCell(TargetId.Parse(target), Hetang, numerator, denominator, reports);

        var act = () => RollUpPartial.FromCells(TestPlan, MidYear, [cell]);

        act.Should().Throw<ArgumentException>().WithMessage($"*{Hetang}*{problem}*").Which.ParamName.Should().Be("cells");
    }

    [Fact]
    public void FromCells_RepeatedCell_Throws()
    {
        var cell = new RollUpCell(Targets[0].Id, Hetang, 1d, 0d, 1);

        var act = () => RollUpPartial.FromCells(TestPlan, MidYear, [cell, cell]);

        act.Should().Throw<ArgumentException>().WithMessage("*repeated*");
    }

    [Fact]
    public void FromCells_CellWithoutReport_IsLeftOut()
        => RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[0].Id, Hetang, 0d, 0d, 0)]).IsEmpty.Should().BeTrue();

    [Fact]
    public void Merge_CellInBothPartials_ThrowsSayingWhy()
    {
        var a = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[0].Id, Hetang, 1d, 0d, 1)]);
        var b = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[0].Id, Hetang, 2d, 0d, 1), new RollUpCell(Targets[1].Id, Lusong, 2d, 0d, 1)]);

        var act = () => a.Merge(b);

        act.Should().Throw<ArgumentException>().WithMessage($"*({Targets[0].Id}, {Hetang}) is in two partials*one place*");
    }

    [Fact]
    public void Merge_SameUnitDifferentTargets_KeepsBoth()
    {
        var a = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[0].Id, Hetang, 1d, 0d, 1)]);
        var b = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[1].Id, Hetang, 2d, 0d, 1)]);

        var merged = a.Merge(b);

        merged.Cells.Should().Equal(new RollUpCell(Targets[0].Id, Hetang, 1d, 0d, 1), new RollUpCell(Targets[1].Id, Hetang, 2d, 0d, 1));
        a.Cells.Should().ContainSingle("merging never changes its operands");
    }

    [Fact]
    public void Merge_OtherDate_Throws()
    {
        var act = () => RollUpPartial.Empty(TestPlan, MidYear).Merge(RollUpPartial.Empty(TestPlan, MidYear.PlusDays(1)));

        act.Should().Throw<ArgumentException>().WithMessage("*as of 2017-06-30*2017-07-01*");
    }

    [Fact]
    public void Merge_OtherPlan_Throws()
    {
        var other = new Plan("株洲市教育局", "另一个", Year2017, null, string.Empty, []);

        var act = () => RollUpPartial.Empty(TestPlan, MidYear).Merge(RollUpPartial.Empty(other, MidYear));

        act.Should().Throw<ArgumentException>().WithMessage("*same plan*");
    }

    [Fact]
    public void RollUp_PartialOfOtherPlan_Throws()
    {
        var other = new Plan("株洲市教育局", "另一个", Year2017, null, string.Empty, []);

        var act = () => ReportStore.Open(TestPlan, Tree).RollUp(RollUpPartial.Empty(other, MidYear));

        act.Should().Throw<ArgumentException>().WithMessage("*another plan*").Which.ParamName.Should().Be("partial");
    }

    [Fact]
    public void RollUp_OrgUnitNotInTree_Throws()
    {
        var partial = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[1].Id, OrgUnitCode.Parse("999999"), 1d, 0d, 1)]);

        var act = () => ReportStore.Open(TestPlan, Tree).RollUp(partial);

        act.Should().Throw<ArgumentException>().WithMessage("*999999*not in the store's tree*");
    }

    [Fact]
    public void RollUp_SubtreeStoresOfEachCounty_EqualsOneStore()
    {
        // The way a cluster holds a province: each county-level unit's subtree in a store of its own.
        var reports = new[]
        {
            Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1),
            Report(Targets[1], Schools[0], new LocalDate(2017, 4, 1), 9, 1),
            Report(Targets[4], Schools[2], new LocalDate(2017, 4, 1), 30, 40),
            Report(Targets[4], Lusong, new LocalDate(2017, 5, 1), 10, 20),
            Report(Targets[3], Schools[3], new LocalDate(2017, 5, 1), 2, 1),
        };
        var whole = ReportStore.Open(TestPlan, Tree);
        whole.Append(reports);
        var partials = new[] { Hetang, Lusong }.Select(county =>
        {
            var subtree = OrgUnitTree.Create(Tree.Units
                .Where(u => Tree.AncestorsAndSelf(u.Code).Any(a => a.Code == county))
                .Select(u => u.Code == county ? new OrgUnit(u.Code, u.Name, u.Level, null) : u));
            var store = ReportStore.Open(TestPlan, subtree);
            store.Append(reports.Where(r => subtree.Contains(r.OrgUnit)));
            return store.PartialAsOf(MidYear);
        });

        var result = whole.RollUp(RollUpPartial.Merge(TestPlan, MidYear, partials));

        Figures(result.EvaluatePlan()).Should().Equal(Figures(whole.AsOf(MidYear).EvaluatePlan()));
        result.Achieved(Targets[4].Id).Should().Be(Achievement.FromRatio(40m, 60m, 2));
        result.Figure(Targets[3].Id).Completion.Should().Be(whole.AsOf(MidYear).Figure(Targets[3].Id).Completion);
    }

    // The four partials of the four places (a, b, c; the fourth unused) as of the drawn date.
    private static (RollUpPartial A, RollUpPartial B, RollUpPartial C, LocalDate AsOf) Partials((ProgressReport[] Reports, int[] Place, int Day) split)
    {
        var asOf = Year2017.Start.PlusDays(split.Day);
        var stores = StoresByPlace(split);
        return (stores[0].PartialAsOf(asOf), stores[1].PartialAsOf(asOf), stores[2].PartialAsOf(asOf), asOf);
    }

    private static ReportStore[] StoresByPlace((ProgressReport[] Reports, int[] Place, int Day) split)
    {
        var placeOf = AllUnits.Select((u, i) => (u, split.Place[i])).ToDictionary(p => p.u, p => p.Item2);
        return [.. Enumerable.Range(0, 4).Select(place =>
        {
            var store = ReportStore.Open(TestPlan, Tree);
            store.Append(split.Reports.Where(r => placeOf[r.OrgUnit] == place));
            return store;
        })];
    }

    private static IEnumerable<object> Figures(PlanRollUp rollUp)
        => [rollUp.Figure, .. rollUp.Sections.Select(s => (object)s.Figure), .. rollUp.Sections.SelectMany(s => s.Items).Select(i => (object)i.Figure), .. rollUp.Targets.Select(t => (object)t.Figure)];
}
