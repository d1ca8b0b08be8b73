using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The layout of a large batch into a dense segment.</content>
internal static partial class SegmentBuilder
{
    /// <summary>
    /// Rows a bucket holds on average: few enough buckets that the scatter writes to few places at once (measured
    /// best at about 140 buckets for W1), while a bucket's columns and their scratch copy stay near a core's L2.
    /// </summary>
    private const int RowsPerBucket = 1 << 16;

    /// <summary>The widest day range sorted by counting; wider ones (rare: ranges of many years) by insertion per cell.</summary>
    private const int MaxCountedDays = 1 << 12;

    /// <summary>
    /// A large batch: three passes, each either streaming or working inside the cache —
    /// 1. validate every row and count rows per bucket (a bucket is a range of 2^shift consecutive cells);
    /// 2. scatter the rows by bucket into the final columns, keeping arrival order, with each row's cell within
    ///    its bucket in a 16-bit scratch column;
    /// 3. per bucket, in cache: a stable counting sort by day (skipped when the batch came in day order), then a
    ///    stable one by cell back into place; then a check that no cell's run repeats a day.
    /// With several parts, passes 1 and 2 split the rows into that many chunks (a chunk's rows of a bucket go
    /// after the earlier chunks', so arrival order holds) and pass 3 splits the buckets as many ways, each piece
    /// taken by whichever core is free: a core another process holds up delays the batch by one piece, not half.
    /// </summary>
    private static (Segment? Segment, RowFault? Fault) Dense(
        StoreLayout layout, ColumnMemory memory, long generation, ReadOnlyMemory<ReportRow> rows, ReadOnlyMemory<double> denominators, int parts)
    {
        var n = rows.Length;
        var cells = layout.CellCount;
        var shift = BucketShift(cells, n);
        var bucketCount = ((cells - 1) >> shift) + 1;
        var counts = new int[parts][];
        var scans = new Scan[parts];
        Run(parts, k =>
        {
            var (from, to) = Chunk(n, parts, k);
            counts[k] = new int[bucketCount];
            scans[k] = from < to ? CountBuckets(layout, rows.Span[from..to], shift, counts[k]) : new Scan { BadRow = -1, MinDay = int.MaxValue, MaxDay = -1, FirstDay = int.MaxValue, LastDay = -1, DaysInOrder = true };
            scans[k].BadRow += scans[k].BadRow >= 0 ? from : 0;
        });

        var inOrder = true;
        var (minDay, maxDay, lastDay) = (int.MaxValue, -1, -1);
        for (var k = 0; k < parts; k++)
        {
            if (scans[k].BadRow >= 0)
            {
                return (null, RowFault.Describe(layout, scans[k].BadRow, rows.Span[scans[k].BadRow]));
            }

            inOrder &= scans[k].DaysInOrder && scans[k].FirstDay >= lastDay;
            lastDay = Math.Max(lastDay, scans[k].LastDay);
            minDay = Math.Min(minDay, scans[k].MinDay);
            maxDay = Math.Max(maxDay, scans[k].MaxDay);
        }

        // Where each chunk's rows of each bucket go: after the bucket's rows of the earlier chunks.
        var bucketStart = new int[bucketCount + 1];
        var chunkStart = new int[parts][];
        for (var k = 0; k < parts; k++)
        {
            chunkStart[k] = new int[bucketCount];
        }

        for (var b = 0; b < bucketCount; b++)
        {
            var at = bucketStart[b];
            for (var k = 0; k < parts; k++)
            {
                chunkStart[k][b] = at;
                at += counts[k][b];
            }

            bucketStart[b + 1] = at;
        }

        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var days = memory.Allocate<ushort>(n);
        var num = memory.Allocate<double>(n);
        var den = withDen ? memory.Allocate<double>(n) : default;
        var cellOf = ColumnMemory.Scratch<ushort>(n);
        Run(parts, k =>
        {
            var (from, to) = Chunk(n, parts, k);
            var denominatorsOfPart = withDen ? denominators.Span[from..to] : default;
            Scatter(layout, rows.Span[from..to], denominatorsOfPart, shift, chunkStart[k], cellOf.Span, days.Span, num.Span, withDen ? den.Span : default);
        });

        // Pass 3: the buckets in as many pieces, cut where the rows are.
        var start = memory.Allocate<int>(cells + 1);
        var pieceStart = new int[parts + 1];
        for (int k = 1, b = 0; k <= parts; k++)
        {
            while (b < bucketCount && (k == parts || bucketStart[b] < (long)n * k / parts))
            {
                b++;
            }

            pieceStart[k] = b;
        }

        var repeats = new bool[parts];
        var order = inOrder ? DayOrder.Kept : maxDay - minDay < MaxCountedDays ? DayOrder.Counted : DayOrder.PerRun;
        var sort = new BucketSort(layout, shift, bucketStart, order, minDay, maxDay - minDay + 1);
        Run(parts, k => repeats[k] = sort.Sort(pieceStart[k], pieceStart[k + 1], cellOf.Span, days.Span, num.Span, withDen ? den.Span : default, start.Span));

        ColumnMemory.Return(cellOf);
        if (repeats.Contains(true))
        {
            memory.Release([start.Block, days.Block, num.Block, den.Block]);
            return (null, FindRepeat(layout, rows.Span));
        }

        start.Span[cells] = n;
        var (runNum, runDen) = Segment.Running(layout, memory, default, start.Span, days.Span, num.Span, withDen ? den.Span : default);
        return (new Segment(generation, layout, default, start, days, num, den, runNum, runDen), null);
    }

    /// <summary>The rows <c>[From, To)</c> of chunk <paramref name="k"/> of <paramref name="parts"/>.</summary>
    private static (int From, int To) Chunk(int n, int parts, int k) => ((int)((long)n * k / parts), (int)((long)n * (k + 1) / parts));

    private static void Run(int parts, Action<int> part)
    {
        if (parts == 1)
        {
            part(0);
        }
        else
        {
            Parallel.For(0, parts, part);
        }
    }

    /// <summary>Pass 1 over some rows: validates each, counts rows per bucket, and notes the days' bounds and order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Scan CountBuckets(StoreLayout layout, ReadOnlySpan<ReportRow> rows, int shift, int[] bucketCounts)
    {
        // The layout's bounds in locals (read once, not per row), and the counts and rows reached without bounds
        // checks: a row's bucket is in range once its target and org unit are (checked just before).
        var targets = (uint)layout.TargetCount;
        var units = layout.UnitCount;
        var dayCount = (uint)layout.DayCount;
        ref var counts = ref MemoryMarshal.GetArrayDataReference(bucketCounts);
        ref readonly var first = ref MemoryMarshal.GetReference(rows);
        var min = int.MaxValue;
        var max = -1;
        var previous = 0;
        var inOrder = true;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref Unsafe.Add(ref Unsafe.AsRef(in first), i);
            var day = row.Day;

            // The checks are combined without branches; one rare branch leaves the loop to describe the fault.
            if (IsBad(row, targets, (uint)units, dayCount))
            {
                return new Scan { BadRow = i };
            }

            Unsafe.Add(ref counts, ((row.Target * units) + row.OrgUnit) >> shift)++;
            min = Math.Min(min, day);
            max = Math.Max(max, day);
            inOrder &= day >= previous;
            previous = day;
        }

        return new Scan { BadRow = -1, MinDay = min, MaxDay = max, FirstDay = rows[0].Day, LastDay = previous, DaysInOrder = inOrder };
    }

    /// <summary>Pass 2 over some rows: each to the next free place of its bucket.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(
        StoreLayout layout, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators, int shift, int[] bucketNext,
        Span<ushort> cellOf, Span<ushort> days, Span<double> num, Span<double> den)
    {
        // Without bounds checks: the rows were validated by pass 1, so each cell's bucket is in range, and the
        // buckets' places were counted from these rows, so each place p is within the columns.
        var withDen = !den.IsEmpty;
        var units = layout.UnitCount;
        var mask = (1 << shift) - 1;
        ref var next = ref MemoryMarshal.GetArrayDataReference(bucketNext);
        ref readonly var first = ref MemoryMarshal.GetReference(rows);
        ref var cellAt = ref MemoryMarshal.GetReference(cellOf);
        ref var dayAt = ref MemoryMarshal.GetReference(days);
        ref var numAt = ref MemoryMarshal.GetReference(num);
        ref var denAt = ref MemoryMarshal.GetReference(den);
        ref readonly var denominatorAt = ref MemoryMarshal.GetReference(denominators);
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref Unsafe.Add(ref Unsafe.AsRef(in first), i);
            var cell = (row.Target * units) + row.OrgUnit;
            var p = Unsafe.Add(ref next, cell >> shift)++;
            Unsafe.Add(ref cellAt, p) = (ushort)(cell & mask);
            Unsafe.Add(ref dayAt, p) = (ushort)row.Day;
            Unsafe.Add(ref numAt, p) = row.Value;
            if (withDen)
            {
                Unsafe.Add(ref denAt, p) = Unsafe.Add(ref Unsafe.AsRef(in denominatorAt), i);
            }
        }
    }

    /// <summary>
    /// Cells per bucket as a power of two: about <see cref="RowsPerBucket"/> rows a bucket, at most 2^16 cells
    /// (a cell within its bucket fits 16 bits).
    /// </summary>
    private static int BucketShift(int cells, int rows)
    {
        var shift = 0;
        while (shift < 16 && (1L << shift) * rows < (long)RowsPerBucket * cells && (1 << shift) < cells)
        {
            shift++;
        }

        return shift;
    }
}
