using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>The numbers of org units and cells the checks across reports group a batch by, and carry a file's figures by.</summary>
public class ReportCellsTests
{
    // A code's text made afresh each time, as a reader of another file (or JSON) gives it: never the same string instance.
    private static OrgUnitCode Fresh(int unit) => OrgUnitCode.Parse(string.Concat("430281-", unit.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void UnitNumber_ManyUnits_EachItsOwnNumberInTheOrderFirstMet()
    {
        var cells = new ReportCells();

        var first = Enumerable.Range(0, 5000).Select(u => cells.UnitNumber(Fresh(u))).ToList();
        var again = Enumerable.Range(0, 5000).Reverse().Select(u => cells.UnitNumber(Fresh(u))).Reverse().ToList();

        first.Should().Equal(Enumerable.Range(0, 5000));
        again.Should().Equal(first);
        cells.Units.Should().Be(5000);
    }

    [Fact]
    public void UnitNumber_SameTextAfterAnotherUnit_SameNumber()
    {
        var cells = new ReportCells();
        var code = Fresh(1);

        var numbers = new[] { cells.UnitNumber(code), cells.UnitNumber(code), cells.UnitNumber(Fresh(2)), cells.UnitNumber(code), cells.UnitNumber(Fresh(1)) };

        numbers.Should().Equal(0, 0, 1, 0, 0);
    }

    [Fact]
    public void CellOf_UnitFirstMetInALateBatch_TakesTheNextNumbersAndTheEarlierKeepTheirs()
    {
        var cells = new ReportCells();
        var runs = 0;
        var batch = cells.Begin();
        var early = Enumerable.Range(0, 300).SelectMany(u => new[] { 0, 3 }.Select(t => cells.CellOf(t, cells.UnitNumber(Fresh(u)), batch, ref runs, out _))).ToList();

        runs = 0;
        batch = cells.Begin();
        var late = cells.CellOf(3, cells.UnitNumber(Fresh(300)), batch, ref runs, out var lateRun);
        var earlier = cells.CellOf(0, cells.UnitNumber(Fresh(7)), batch, ref runs, out var earlierRun);

        early.Should().Equal(Enumerable.Range(0, 600));
        (late, lateRun).Should().Be((600, 0));
        (earlier, earlierRun).Should().Be((14, 1));
        runs.Should().Be(2);
        (cells.Units, cells.Count).Should().Be((301, 601));
    }

    [Fact]
    public void CellOf_SameCellTwiceInABatch_OneRunAndAnotherTargetAnother()
    {
        var cells = new ReportCells();
        var runs = 0;
        var batch = cells.Begin();
        var unit = cells.UnitNumber(Fresh(1));

        var a = cells.CellOf(2, unit, batch, ref runs, out var runA);
        var b = cells.CellOf(5, unit, batch, ref runs, out var runB);
        var c = cells.CellOf(2, unit, batch, ref runs, out var runC);

        (a, runA).Should().Be((0, 0));
        (b, runB).Should().Be((1, 1));
        (c, runC).Should().Be((0, 0));
        runs.Should().Be(2);
    }

    [Fact]
    public void CellOf_TargetsOfAUnitInAnyOrder_EachKeepsItsNumber()
    {
        var cells = new ReportCells();
        var runs = 0;
        var batch = cells.Begin();
        int[] targets = [0, 15, 3, 200, 1, 15, 0];

        var numbers = targets.Select(t => cells.CellOf(t, cells.UnitNumber(Fresh(9)), batch, ref runs, out _)).ToList();
        var other = cells.CellOf(200, cells.UnitNumber(Fresh(10)), batch, ref runs, out _);

        numbers.Should().Equal(0, 1, 2, 3, 4, 1, 0);
        other.Should().Be(5);
        runs.Should().Be(6);
    }
}
