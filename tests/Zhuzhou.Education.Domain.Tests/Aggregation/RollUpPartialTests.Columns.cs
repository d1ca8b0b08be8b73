using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <content>The compact form (columns) and the merge over columns, against the cells as an oracle.</content>
public partial class RollUpPartialTests
{
    [Fact]
    public void FromColumns_ColumnsOfAPartial_RebuildsTheSamePartial()
        => GenSplit.Sample(split =>
        {
            var (a, b, c, asOf) = Partials(split);
            var partial = a.Merge(b).Merge(c);

            var rebuilt = RollUpPartial.FromColumns(TestPlan, asOf, partial.ToColumns());

            rebuilt.Cells.Should().Equal(partial.Cells);
            rebuilt.OrgUnits.Should().Equal(partial.OrgUnits);
            rebuilt.IsEmpty.Should().Be(partial.IsEmpty);
        }, iter: 50);

    [Fact]
    public void Merge_PartialsOfInterleavedOrgUnits_EqualsPartialOfAllTheirCells()
        => GenSplit.Sample(split =>
        {
            var (a, b, c, asOf) = Partials(split);

            var merged = RollUpPartial.Merge(TestPlan, asOf, [c, a, b]);

            merged.Cells.Should().Equal(RollUpPartial.FromCells(TestPlan, asOf, [.. a.Cells, .. b.Cells, .. c.Cells]).Cells);
        }, iter: 100);

    [Fact]
    public void Merge_PartialsOfConsecutiveOrgUnitRanges_EqualsPartialOfAllTheirCells()
        => GenSplit.Sample(split =>
        {
            // Each place holds a range of org units in code order (as a county holds its schools): partials end to end.
            var byCode = AllUnits.OrderBy(u => u.Value, StringComparer.Ordinal).ToArray();
            var place = AllUnits.Select(u => Array.IndexOf(byCode, u) * 4 / byCode.Length).ToArray();
            var (a, b, c, asOf) = Partials(split with { Place = place });
            var d = StoresByPlace(split with { Place = place })[3].PartialAsOf(asOf);

            var merged = RollUpPartial.Merge(TestPlan, asOf, [d, b, a, c]);

            merged.Cells.Should().Equal(RollUpPartial.FromCells(TestPlan, asOf, [.. a.Cells, .. b.Cells, .. c.Cells, .. d.Cells]).Cells);
        }, iter: 100);

    [Fact]
    public void ToColumns_TwoUnits_OrgUnitsOnceCellsByUnitThenTarget()
    {
        var partial = RollUpPartial.FromCells(TestPlan, MidYear,
        [
            new RollUpCell(Targets[4].Id, Schools[0], 30d, 40d, 1),
            new RollUpCell(Targets[1].Id, Hetang, 5d, 0d, 2),
            new RollUpCell(Targets[0].Id, Schools[0], 1d, 0d, 1),
        ]);

        var columns = partial.ToColumns();

        var t = TestPlan.Targets.Length;
        int At(int target) => TestPlan.Targets.IndexOf(Targets[target]);
        columns.OrgUnits.Should().Equal(new[] { Hetang, Schools[0] }.OrderBy(u => u.Value, StringComparer.Ordinal));
        var hetang = columns.OrgUnits.IndexOf(Hetang);
        var school = 1 - hetang;
        columns.Cells.Should().Equal(new[] { (hetang * t) + At(1), (school * t) + At(0), (school * t) + At(4) }.Order());
        columns.Reports.Sum().Should().Be(4);
        columns.Denominators.Sum().Should().Be(40d);
    }

    public static TheoryData<string, string> BadColumns => new()
    {
        { "units out of order", "out of order or repeated" },
        { "cells out of order", "Cell 1 of the partial is out of order" },
        { "cell past the table", "past its table of 1 org units" },
        { "unit without cell", "has no cell" },
        { "no report", "counts no report" },
        { "not a number", "must be finite and not negative" },
    };

    [Theory]
    [MemberData(nameof(BadColumns))]
    public void FromColumns_BadColumns_ThrowsSayingWhat(string bad, string problem)
    {
        var (b, s) = string.CompareOrdinal(Hetang.Value, Schools[0].Value) < 0 ? (Hetang, Schools[0]) : (Schools[0], Hetang);
        var t = TestPlan.Targets.Length;
        RollUpColumns columns = bad switch
        {
            "units out of order" => Columns([s, b], [0, t], [1d, 1d], [1, 1]),
            "cells out of order" => Columns([b], [1, 0], [1d, 1d], [1, 1]),
            "cell past the table" => Columns([b], [t], [1d], [1]),
            "unit without cell" => Columns([b, s], [0], [1d], [1]),
            "no report" => Columns([b], [0], [0d], [0]),
            _ => Columns([b], [0], [double.NaN], [1]),
        };

        var act = () => RollUpPartial.FromColumns(TestPlan, MidYear, columns);

        act.Should().Throw<ArgumentException>().WithMessage($"*{problem}*").Which.ParamName.Should().Be("columns");
    }

    [Fact]
    public void RollUpColumns_ColumnsOfOtherLengths_Throws()
    {
        var act = () => new RollUpColumns([Hetang], [0, 1], [1d], [0d, 0d], [1, 1]);

        act.Should().Throw<ArgumentException>().WithMessage("*2 cells, 1 numerators*");
    }

    private static RollUpColumns Columns(OrgUnitCode[] units, int[] cells, double[] numerators, int[] reports)
        => new([.. units], [.. cells], [.. numerators], [.. new double[cells.Length]], [.. reports]);
}
