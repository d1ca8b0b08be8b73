using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// One immutable block of reports, laid out by cell (target × org unit) and by day within a cell: the columns
/// hold day, numerator and denominator, and <see cref="Start"/> says where each cell's run begins
/// (compressed sparse rows). A cell's run keeps arrival order among reports of the same day.
/// </summary>
/// <remarks>
/// The target and org unit of a row are implicit in its cell, so a row costs 10 bytes (18 with a denominator,
/// more with running columns) against the 24 of a <see cref="ReportRow"/>.
/// For targets that do not aggregate as levels, <see cref="RunNum"/> and <see cref="RunDen"/> hold the cell's
/// running aggregate up to each row, so an as-of query is one binary search per cell.
/// </remarks>
internal sealed class Segment
{
    private Segment(int ordinal, int[] start, ushort[] days, double[] num, double[]? den, double[]? runNum, double[]? runDen)
    {
        Ordinal = ordinal;
        Start = start;
        Days = days;
        Num = num;
        Den = den;
        RunNum = runNum;
        RunDen = runDen;
    }

    /// <summary>The most buckets the partition pass spreads rows over.</summary>
    private const int MaxBuckets = 256;

    internal int Ordinal { get; }

    internal int[] Start { get; }

    /// <summary>Day numbers in 16 bits (ranges are shorter than 65,536 days): half the memory traffic of a query.</summary>
    internal ushort[] Days { get; }

    internal double[] Num { get; }

    internal double[]? Den { get; }

    internal double[]? RunNum { get; }

    internal double[]? RunDen { get; }

    internal int Count => Days.Length;

    internal long SeqBase => (long)Ordinal << 32;

    /// <summary>
    /// The index of the last row of a cell with a day on or before <paramref name="day"/>, or −1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int LastOnOrBefore(int cell, int day)
    {
        var start = Start[cell];
        var count = CountOnOrBefore(Days, start, Start[cell + 1] - start, day);
        return count > 0 ? start + count - 1 : -1;
    }

    /// <summary>
    /// The number of days in a cell's run (sorted, from <paramref name="start"/> for <paramref name="length"/>)
    /// on or before <paramref name="day"/>: the run's last such row is <c>start + count − 1</c>.
    /// </summary>
    /// <remarks>
    /// Runs are short (tens of rows), so rather than a binary search — a chain of dependent loads — the whole
    /// run is compared 16 days at a time and the matches counted; the loads are independent and sequential.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CountOnOrBefore(ushort[] days, int start, int length, int day)
    {
        if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            var limit = Vector256.Create((ushort)Math.Clamp(day, 0, ushort.MaxValue));
            ref var run = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(days), start);
            var count = 0;
            var i = 0;
            for (; i <= length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref run, (nuint)i);
                count += BitOperations.PopCount(Vector256.LessThanOrEqual(v, limit).ExtractMostSignificantBits());
            }

            var rest = length - i;
            if (rest > 0)
            {
                // The last 16 days of the run, of which only the top `rest` lanes are new.
                var v = Vector256.LoadUnsafe(ref run, (nuint)(length - Vector256<ushort>.Count));
                var bits = Vector256.LessThanOrEqual(v, limit).ExtractMostSignificantBits();
                count += BitOperations.PopCount(bits >> (Vector256<ushort>.Count - rest));
            }

            return day < 0 ? 0 : count;
        }

        if (length == 0)
        {
            return 0;
        }

        // Branch-free lower half search: the final compare turns into a conditional move.
        var lo = start;
        var left = length;
        while (left > 1)
        {
            var half = left >> 1;
            lo = days[lo + half] <= day ? lo + half : lo;
            left -= half;
        }

        return days[lo] <= day ? lo - start + 1 : 0;
    }

    /// <summary>The partial result of a cell's rows up to and including <paramref name="index"/>.</summary>
    internal CellState StateAt(int cell, int index, TimeAggregation aggregation)
    {
        if (index < 0)
        {
            return CellState.Empty;
        }

        var count = index - Start[cell] + 1;
        var seq = SeqBase | (uint)index;
        return aggregation == TimeAggregation.Level
            ? new CellState(Days[index], seq, Num[index], Den is null ? 0d : Den[index], count)
            : new CellState(Days[index], seq, RunNum![index], RunDen is null ? 0d : RunDen[index], count);
    }

    /// <summary>
    /// Validates and lays out a batch. Returns the segment, or the index (within <paramref name="rows"/>) and
    /// message of the first bad row; nothing is shared with the store until the caller attaches the segment.
    /// </summary>
    /// <param name="layout">The store's layout.</param>
    /// <param name="ordinal">The segment's position in the store.</param>
    /// <param name="rows">The batch.</param>
    /// <param name="denominators">One per row, or empty.</param>
    /// <param name="parts">1, or 2 to lay the batch out on two cores: each half of the rows is validated and
    /// partitioned on its own core, then each half of the buckets sorted on its own core, into one segment.</param>
    internal static (Segment? Segment, int BadRow, string? Error) Build(
        StoreLayout layout, int ordinal, ReadOnlyMemory<ReportRow> rows, ReadOnlyMemory<double> denominators, int parts = 1)
    {
        // Three passes, each either streaming or working inside the cache:
        // 1. validate every row and count rows per bucket (a bucket is a range of 2^shift consecutive cells);
        // 2. partition the rows by bucket into a staging buffer, keeping arrival order;
        // 3. per bucket, in cache: counting sort by day, then by cell (both stable), into the final columns.
        // With two parts, passes 1 and 2 split the rows (the first half's rows of a bucket go before the
        // second's, so arrival order holds) and pass 3 splits the buckets.
        var n = rows.Length;
        var cells = layout.CellCount;
        var shift = BucketShift(cells, n);
        var bucketCount = cells == 0 ? 0 : ((cells - 1) >> shift) + 1;
        var half = parts > 1 ? n / 2 : n;
        var counts = new int[parts][];
        var faults = new (int BadRow, string? Error)[parts];
        for (var k = 0; k < parts; k++)
        {
            counts[k] = new int[bucketCount];
        }

        Run(parts, k =>
        {
            var (from, to) = k == 0 ? (0, half) : (half, n);
            var denominatorsOfPart = denominators.IsEmpty ? denominators : denominators[from..to];
            var (bad, error) = ValidateAndCount(layout, rows.Span[from..to], denominatorsOfPart.Span, shift, counts[k]);
            faults[k] = (bad < 0 ? -1 : bad + from, error);
        });

        foreach (var fault in faults)
        {
            if (fault.BadRow >= 0)
            {
                return (null, fault.BadRow, fault.Error);
            }
        }

        var bucketStart = new int[bucketCount + 1];
        var largestBucket = 0;
        for (var b = 0; b < bucketCount; b++)
        {
            var size = 0;
            for (var k = 0; k < parts; k++)
            {
                size += counts[k][b];
            }

            largestBucket = Math.Max(largestBucket, size);
            bucketStart[b + 1] = bucketStart[b] + size;
        }

        // Pass 2 writes straight into the final columns, grouped by bucket in arrival order; the cell of each
        // row waits in a pooled scratch column until pass 3 has placed it.
        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var days = GC.AllocateUninitializedArray<ushort>(n);
        var num = GC.AllocateUninitializedArray<double>(n);
        var den = withDen ? GC.AllocateUninitializedArray<double>(n) : null;
        var cellOf = ArrayPool<int>.Shared.Rent(n);
        Run(parts, k =>
        {
            var (from, to) = k == 0 ? (0, half) : (half, n);
            var next = new int[bucketCount];
            for (var b = 0; b < bucketCount; b++)
            {
                next[b] = bucketStart[b] + (k == 0 ? 0 : counts[0][b]);
            }

            var denominatorsOfPart = den is null ? ReadOnlySpan<double>.Empty : denominators.Span[from..to];
            Scatter(layout, rows.Span[from..to], denominatorsOfPart, shift, next, cellOf, days, num, den);
        });

        // Pass 3: the buckets split where the rows are halved.
        var start = new int[cells + 1];
        var middle = 0;
        while (parts > 1 && middle < bucketCount && bucketStart[middle] < n / 2)
        {
            middle++;
        }

        Run(parts, k =>
        {
            var (fromBucket, toBucket) = parts == 1 ? (0, bucketCount) : k == 0 ? (0, middle) : (middle, bucketCount);
            SortBuckets(layout, shift, fromBucket, toBucket, bucketStart, largestBucket, cellOf, days, num, den, start);
        });

        start[cells] = n;
        ArrayPool<int>.Shared.Return(cellOf);
        var (runNum, runDen) = Running(layout, start, days, num, den);
        return (new Segment(ordinal, start, days, num, den, runNum, runDen), -1, null);
    }

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

    /// <summary>Pass 1 over some rows: validates each and counts rows per bucket; the first bad row, or −1.</summary>
    private static (int BadRow, string? Error) ValidateAndCount(
        StoreLayout layout, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators, int shift, int[] bucketCounts)
    {
        var n = rows.Length;
        var units = layout.UnitCount;
        var targets = (uint)layout.TargetCount;
        var unitBound = (uint)units;
        var dayBound = (uint)layout.DayCount;
        for (var i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[i];

            // The checks are combined without branches; one rare branch leaves the loop to describe the fault.
            var bad = ((uint)row.Target >= targets) | ((uint)row.OrgUnit >= unitBound) | ((uint)row.Day >= dayBound)
                | !(row.Value >= 0d && row.Value < double.PositiveInfinity);
            if (bad)
            {
                return (i, Describe(layout, row));
            }

            bucketCounts[((row.Target * units) + row.OrgUnit) >> shift]++;
        }

        if (layout.HasRatio)
        {
            for (var i = 0; i < n; i++)
            {
                if (layout.IsRatio[rows[i].Target])
                {
                    if (denominators.IsEmpty)
                    {
                        return (i, $"target {layout.Targets[rows[i].Target].Id} is a share and needs a denominator, but none was given.");
                    }

                    var denominator = denominators[i];
                    if (!(denominator > 0d && denominator < double.PositiveInfinity))
                    {
                        return (i, string.Create(CultureInfo.InvariantCulture, $"the denominator {denominator} of a share must be a finite positive number."));
                    }
                }
            }
        }

        return (-1, null);
    }

    /// <summary>Pass 2 over some rows: each to the next free place of its bucket.</summary>
    private static void Scatter(
        StoreLayout layout, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators, int shift, int[] bucketNext,
        int[] cellOf, ushort[] days, double[] num, double[]? den)
    {
        var units = layout.UnitCount;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            var cell = (row.Target * units) + row.OrgUnit;
            var p = bucketNext[cell >> shift]++;
            cellOf[p] = cell;
            days[p] = (ushort)row.Day;
            num[p] = row.Value;
            if (den is not null)
            {
                den[p] = denominators[i];
            }
        }
    }

    /// <summary>Pass 3 over some buckets: in cache, a stable counting sort by day, then a stable one by cell.</summary>
    private static void SortBuckets(
        StoreLayout layout, int shift, int fromBucket, int toBucket, int[] bucketStart, int largestBucket,
        int[] cellOf, ushort[] days, double[] num, double[]? den, int[] start)
    {
        var cells = layout.CellCount;
        var tmpCell = new int[largestBucket];
        var tmpDay = new ushort[largestBucket];
        var tmpNum = new double[largestBucket];
        var tmpDen = den is not null ? new double[largestBucket] : null;
        var dayNext = new int[layout.DayCount + 1];
        var cellNext = new int[1 << shift];
        for (var b = fromBucket; b < toBucket; b++)
        {
            var first = bucketStart[b];
            var end = bucketStart[b + 1];
            var firstCell = b << shift;
            var cellsInBucket = Math.Min(cells, (b + 1) << shift) - firstCell;
            Array.Clear(dayNext);
            Array.Clear(cellNext, 0, cellsInBucket);
            for (var i = first; i < end; i++)
            {
                dayNext[days[i] + 1]++;
                cellNext[cellOf[i] - firstCell]++;
            }

            for (var d = 1; d < dayNext.Length; d++)
            {
                dayNext[d] += dayNext[d - 1];
            }

            var position = first;
            for (var c = 0; c < cellsInBucket; c++)
            {
                var countOfCell = cellNext[c];
                start[firstCell + c] = position;
                cellNext[c] = position;
                position += countOfCell;
            }

            // Stable counting sort by day into the scratch, then stable by cell back into place.
            for (var i = first; i < end; i++)
            {
                var p = dayNext[days[i]]++;
                tmpCell[p] = cellOf[i];
                tmpDay[p] = days[i];
                tmpNum[p] = num[i];
                if (tmpDen is not null)
                {
                    tmpDen[p] = den![i];
                }
            }

            for (var j = 0; j < end - first; j++)
            {
                var p = cellNext[tmpCell[j] - firstCell]++;
                days[p] = tmpDay[j];
                num[p] = tmpNum[j];
                if (den is not null)
                {
                    den[p] = tmpDen![j];
                }
            }
        }
    }

    /// <summary>For targets that are not levels, each cell's running aggregate up to each row.</summary>
    private static (double[]? RunNum, double[]? RunDen) Running(StoreLayout layout, int[] start, ushort[] days, double[] num, double[]? den)
    {
        if (!layout.NeedsRunning)
        {
            return (null, null);
        }

        var units = layout.UnitCount;
        var runNum = new double[num.Length];
        var runDen = den is null ? null : new double[num.Length];
        for (var t = 0; t < layout.TargetCount; t++)
        {
            var aggregation = layout.TimeAggregations[t];
            if (aggregation == TimeAggregation.Level)
            {
                continue;
            }

            var ratio = layout.IsRatio[t];
            for (var c = t * units; c < (t + 1) * units; c++)
            {
                var state = CellState.Empty;
                for (var i = start[c]; i < start[c + 1]; i++)
                {
                    state = CellState.Merge(aggregation, ratio, state, CellState.Of(days[i], i, num[i], den is null ? 0d : den[i]));
                    runNum[i] = state.Num;
                    if (runDen is not null)
                    {
                        runDen[i] = state.Den;
                    }
                }
            }
        }

        return (runNum, runDen);
    }

    /// <summary>
    /// Cells per bucket as a power of two: at least about 4096 rows a bucket, and few enough buckets that the
    /// partition pass writes to few pages at once (many more and every write misses the TLB).
    /// </summary>
    private static int BucketShift(int cells, int rows)
    {
        var shift = 0;
        while ((cells >> shift) > MaxBuckets || ((long)rows << shift) / Math.Max(1, cells) < 4096)
        {
            if ((1 << shift) >= cells)
            {
                break;
            }

            shift++;
        }

        return shift;
    }

    private static string Describe(StoreLayout layout, in ReportRow row)
    {
        if ((uint)row.Target >= (uint)layout.TargetCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"target index {row.Target} is not in the plan (0 to {layout.TargetCount - 1}).");
        }

        if ((uint)row.OrgUnit >= (uint)layout.UnitCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"org unit index {row.OrgUnit} is not in the tree (0 to {layout.UnitCount - 1}).");
        }

        if ((uint)row.Day >= (uint)layout.DayCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"day {row.Day} is outside the store's range {layout.Range} (days 0 to {layout.DayCount - 1}).");
        }

        return string.Create(CultureInfo.InvariantCulture, $"value {row.Value} must be a finite number and not negative.");
    }
}
