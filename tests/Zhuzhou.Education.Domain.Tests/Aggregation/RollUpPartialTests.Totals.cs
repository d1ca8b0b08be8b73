using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <content>Subtree totals (<see cref="ReportStore.SubtreeTotalsAsOf"/>): a county's store sends its sums, not its schools' cells.</content>
public partial class RollUpPartialTests
{
    [Fact]
    public void RollUp_SubtreeTotalsOfEachCounty_EqualsOneStoreAtTheCountiesAndAbove()
        => GenSplit.Sample(split =>
        {
            var asOf = Year2017.Start.PlusDays(split.Day);
            var whole = ReportStore.Open(TestPlan, Tree);
            whole.Append(split.Reports);

            // As a cluster holds a city: each county's subtree in a store of its own, the city's own reports in another.
            var city = ReportStore.Open(TestPlan, OrgUnitTree.Create([Tree.Root]));
            city.Append(split.Reports.Where(r => r.OrgUnit == City));
            var partials = new[] { Lusong, Hetang }.Select(c => CountyStore(c, split.Reports).SubtreeTotalsAsOf(asOf)).Append(city.PartialAsOf(asOf));

            var actual = ReportStore.Open(TestPlan, Tree).RollUp(RollUpPartial.Merge(TestPlan, asOf, partials));

            var expected = whole.AsOf(asOf);
            foreach (var unit in new[] { City, Hetang, Lusong })
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
    public void SubtreeTotalsAsOf_CountyStore_KeepsTheCountysSumsAndTheMilestonesOwnCells()
    {
        var reports = new[]
        {
            Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1),
            Report(Targets[1], Schools[1], new LocalDate(2017, 3, 1), 5, 1),
            Report(Targets[1], Hetang, new LocalDate(2017, 3, 2), 2, 1),
            Report(Targets[8], Schools[0], new LocalDate(2017, 3, 2), 1, 1),
        };

        var partial = CountyStore(Hetang, reports).SubtreeTotalsAsOf(MidYear);

        partial.Totals.Should().Equal(Hetang);
        partial.Cells.Should().Equal(
            new RollUpCell(Targets[1].Id, Hetang, 14d, 0d, 3),
            new RollUpCell(Targets[8].Id, Schools[0], 0.5d, 0d, 1));
    }

    [Fact]
    public void RollUp_SubtreeTotals_RefusesAUnitBeneathThem()
    {
        var county = CountyStore(Hetang, [Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1)]);
        var result = ReportStore.Open(TestPlan, Tree).RollUp(county.SubtreeTotalsAsOf(MidYear));

        var act = () => result.Figure(Targets[1].Id, Schools[0]);

        result.Achieved(Targets[1].Id, Hetang).Amount.Should().Be(7m);
        result.Achieved(Targets[1].Id).Amount.Should().Be(7m);
        act.Should().Throw<ArgumentException>().WithMessage($"*{Schools[0]}*does not answer*").Which.ParamName.Should().Be("orgUnit");
    }

    [Fact]
    public void RollUp_CellOfASummedTargetBeneathSubtreeTotals_Throws()
    {
        var totals = CountyStore(Hetang, [Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1)]).SubtreeTotalsAsOf(MidYear);
        var school = RollUpPartial.FromCells(TestPlan, MidYear, [new RollUpCell(Targets[1].Id, Schools[1], 3d, 0d, 1)]);

        var act = () => ReportStore.Open(TestPlan, Tree).RollUp(totals.Merge(school));

        act.Should().Throw<ArgumentException>().WithMessage($"*{Schools[1]}*beneath*count twice*").Which.ParamName.Should().Be("partial");
    }

    [Fact]
    public void Merge_SubtreeTotals_KeepsEveryTotalsUnitAndRefusesOneTwice()
    {
        var hetang = CountyStore(Hetang, [Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1)]).SubtreeTotalsAsOf(MidYear);
        var lusong = CountyStore(Lusong, []).SubtreeTotalsAsOf(MidYear);

        var merged = RollUpPartial.Merge(TestPlan, MidYear, [lusong, hetang, RollUpPartial.Empty(TestPlan, MidYear)]);
        var twice = () => lusong.Merge(lusong);

        merged.Totals.Should().Equal(Hetang, Lusong);
        merged.Cells.Should().Equal(hetang.Cells);
        twice.Should().Throw<ArgumentException>().WithMessage($"*{Lusong}*two partials*");
    }

    [Fact]
    public void FromColumns_ColumnsOfSubtreeTotals_KeepsTheTotals()
    {
        var partial = CountyStore(Hetang, [Report(Targets[1], Schools[0], new LocalDate(2017, 3, 1), 7, 1)]).SubtreeTotalsAsOf(MidYear);

        var rebuilt = RollUpPartial.FromColumns(TestPlan, MidYear, partial.ToColumns());

        rebuilt.Totals.Should().Equal(Hetang);
        rebuilt.Cells.Should().Equal(partial.Cells);
    }

    [Fact]
    public void FromColumns_TotalsOutOfOrder_Throws()
    {
        var columns = new RollUpColumns([], [], [], [], [], [Lusong, Hetang]);

        var act = () => RollUpPartial.FromColumns(TestPlan, MidYear, columns);

        act.Should().Throw<ArgumentException>().WithMessage($"*{Hetang}*totals*out of order*");
    }

    [Fact]
    public void RollUpColumns_DefaultTotals_Throws()
    {
        var act = () => new RollUpColumns([], [], [], [], [], default(ImmutableArray<OrgUnitCode>));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("totals");
    }

    // A store of one county's subtree (the county its root) holding that subtree's reports.
    private static ReportStore CountyStore(OrgUnitCode county, IEnumerable<ProgressReport> reports)
    {
        var subtree = OrgUnitTree.Create(Tree.Units
            .Where(u => Tree.AncestorsAndSelf(u.Code).Any(a => a.Code == county))
            .Select(u => u.Code == county ? new OrgUnit(u.Code, u.Name, u.Level, null) : u));
        var store = ReportStore.Open(TestPlan, subtree);
        store.Append(reports.Where(r => subtree.Contains(r.OrgUnit)));
        return store;
    }
}
