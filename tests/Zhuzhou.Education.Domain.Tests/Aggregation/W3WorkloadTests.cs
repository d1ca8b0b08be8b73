using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Benchmarks.W3;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

/// <summary>
/// Workload W3 (reporting rounds) on W1's data at S = 10 (100,800 rows): the 12 month-end plan figures of the
/// engine, fed one day at a time, against values computed independently (a Python transcription of
/// WORKLOAD.md) and against the reference loop over the rows appended by each month end.
/// </summary>
public class W3WorkloadTests
{
    // D → plan, checksum for T=32 C=9 S=10 R=35 (Python, cross-checked with the C# reference loop below).
    private static readonly (int Day, double Plan, double Checksum)[] Pinned =
    [
        (29, 0.137342385, 43.949563086),
        (59, 0.276427281, 88.456729831),
        (89, 0.415080977, 132.775912701),
        (119, 0.543924507, 173.926675730),
        (149, 0.649421698, 207.696371904),
        (179, 0.736363012, 235.281002176),
        (209, 0.806501839, 257.846183683),
        (239, 0.864022198, 276.263419676),
        (269, 0.908900445, 290.621616181),
        (299, 0.943155464, 301.642088227),
        (329, 0.969428414, 310.074204874),
        (359, 0.982278459, 314.204606222),
    ];

    private static readonly W1Parameters Small = new(Schools: 10);

    private static readonly W3Workload Workload = new(Small, W1Workload.Generate(Small));

    [Fact]
    public void MonthEndFigures_DailyAppends_MatchPinnedValuesAndReferenceLoop()
    {
        var store = W1Workload.OpenStore(Small);

        var figures = Workload.MonthEndFigures(store);

        W3Workload.MonthEnds.Should().Equal(Pinned.Select(p => p.Day));
        for (var m = 0; m < Pinned.Length; m++)
        {
            var reference = Workload.Reference(Pinned[m].Day);
            Math.Round(reference.Plan, 9).Should().Be(Pinned[m].Plan, "the reference loop at D = {0}", Pinned[m].Day);
            Math.Round(reference.Checksum, 9).Should().Be(Pinned[m].Checksum, "the reference loop at D = {0}", Pinned[m].Day);
            figures[m].Plan.Should().BeApproximately(reference.Plan, 1e-12, "the engine at D = {0}", Pinned[m].Day);
            figures[m].Checksum.Should().BeApproximately(reference.Checksum, 1e-9, "the engine at D = {0}", Pinned[m].Day);
        }
    }

    [Fact]
    public void DailyAppends_AllDays_CompactedAndSameFiguresAsOneBulkAppend()
    {
        var daily = W1Workload.OpenStore(Small);
        var bulk = W1Workload.OpenStore(Small);

        Workload.AppendDays(daily, 0, W3Workload.Days);
        bulk.Append(Workload.Appended);

        daily.WaitForCompaction();
        daily.Count.Should().Be(bulk.Count).And.Be(Workload.Appended.Length);
        daily.Segments.Length.Should().BeLessThan(20, "350 daily batches are compacted");
        daily.Segments[0].MinDay.Should().Be(0, "the oldest segment holds the earliest days");
        for (var d = 0; d < W3Workload.Days; d += 45)
        {
            Workload.Engine(daily, d).Should().Be(Workload.Engine(bulk, d), "Q1 at D = {0}", d);
        }
    }
}
