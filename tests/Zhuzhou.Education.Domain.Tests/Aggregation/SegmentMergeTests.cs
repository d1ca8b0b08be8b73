using CsCheck;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using static Zhuzhou.Education.Domain.Tests.Aggregation.AggregationFixtures;

namespace Zhuzhou.Education.Domain.Tests.Aggregation;

public class SegmentMergeTests
{
    [Fact]
    public void Merge_AnyStretchOrPartsOfResult_SameSegment()
    {
        // Rounds of random rows (some with a denominator), in day order or not, merged into one dense segment
        // written a stretch of 1, 2, 5 or 16,384 rows at a time, or in one, its cells in 1, 2, 3 or 7 parts side by
        // side: every column comes out the same.
        var units = AllUnits.Length;
        var cells = TestPlan.Targets.Length * units;
        var gen = Gen.Select(Gen.Int[0, cells - 1], Gen.Int[0, 60], Gen.Int[0, 30]).Array[cells / 2, cells * 3]
            .Select(rows => rows.DistinctBy(r => (r.Item1, r.Item2)).ToArray());
        Gen.Select(gen, Gen.Int[1, 8], Gen.Bool).Sample((rows, rounds, byDay) =>
        {
            var ordered = byDay ? [.. rows.OrderBy(r => r.Item2)] : rows;
            var store = ReportStore.Open(TestPlan, Tree);
            store.CompactionFanout = 0;
            foreach (var batch in ordered.Chunk((ordered.Length / rounds) + 1))
            {
                store.Append(
                    batch.Select(r => new ReportRow(r.Item1 / units, r.Item1 % units, r.Item2, IsMilestone(r.Item1 / units) ? 1d : r.Item3)).ToArray(),
                    batch.Select(r => (double)Math.Max(r.Item3, 1)).ToArray());
            }

            var inputs = store.Segments;
            var whole = SegmentMerge.Merge(store.Layout, store.Memory, 100, inputs, int.MaxValue);
            whole.IsDense.Should().Be(rows.Length * 2 >= cells);
            foreach (var (blockRows, parts) in new[] { (1, 1), (2, 2), (5, 3), (1, 7), (SegmentMerge.BlockRows, 2), (SegmentMerge.BlockRows, 1) })
            {
                var merged = SegmentMerge.Merge(store.Layout, store.Memory, 100, inputs, blockRows, parts);
                merged.Start.ToArray().Should().Equal(whole.Start.ToArray());
                merged.Cells.ToArray().Should().Equal(whole.Cells.ToArray());
                merged.Days.ToArray().Should().Equal(whole.Days.ToArray());
                merged.Num.ToArray().Should().Equal(whole.Num.ToArray());
                merged.Den.ToArray().Should().Equal(whole.Den.ToArray());
                merged.RunNum.ToArray().Should().Equal(whole.RunNum.ToArray());
            }

            // Its day bounds, taken from the inputs', are the runs' own.
            (whole.MinDay, whole.MaxDay).Should().Be(Segment.DayBounds(whole.Start, whole.Days));

            // And every cell's run holds its rows in day order.
            for (var e = 0; e < whole.Entries; e++)
            {
                var run = whole.Days[whole.StartAt(e)..whole.StartAt(e + 1)].ToArray();
                run.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
                run.Length.Should().Be(rows.Count(r => r.Item1 == whole.CellAt(e)));
            }
        }, iter: 60);
    }

    private static bool IsMilestone(int target) => TestPlan.Targets[target].Comparison.Kind == ComparisonKind.Milestone;
}
