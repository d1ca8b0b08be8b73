using NodaTime;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Tests.Reports;

/// <summary>What the checks across reports carry from a file's earlier batches, by cell.</summary>
public class ReportCarryTests
{
    private static readonly LocalDate Day = new(2017, 3, 1);

    [Fact]
    public void Set_ManyCellsInAnyOrder_EachKeptApartAndNoneOther()
    {
        var carry = new ReportCarry();
        var cells = Enumerable.Range(0, 2000).Select(c => (c * 7919) % 2003).ToList();

        cells.ForEach(c => carry.Set(c, ReportCarry.Next(null, Day.PlusDays(c % 300), 0, c)));
        carry.Set(cells[5], ReportCarry.Next(null, Day, 1, -1m));

        carry.Count.Should().Be(2000);
        cells.Skip(6).Select(c => (carry.TryGet(c, out var figure), figure.Value, figure.Date)).Should().Equal(cells.Skip(6).Select(c => (true, (decimal)c, Day.PlusDays(c % 300))));
        carry.TryGet(cells[5], out var replaced).Should().BeTrue();
        replaced.Should().Be(new ReportCarry.Figure(Day, -1m, 1, 1, null));
        Enumerable.Range(0, 2003).Except(cells).Select(c => carry.TryGet(c, out _)).Should().OnlyContain(found => !found);
        carry.TryGet(1_000_000, out _).Should().BeFalse();
    }
}
