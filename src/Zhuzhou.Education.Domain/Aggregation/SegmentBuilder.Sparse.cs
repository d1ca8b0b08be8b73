using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The layout of a small batch (one reporting round) into a sparse segment.</content>
internal static partial class SegmentBuilder
{
    private const int DigitBits = 11;

    /// <summary>
    /// A small batch: each row's key (cell, then day) sorted by a least-significant-digit radix sort, at most
    /// 11 bits a pass, with the row's value alongside (all digits counted in one read); the day digits are
    /// skipped when the batch came in day order (a reporting round: often a single day). Then the directory lists
    /// the cells present. Work and memory grow with the batch, not with the store.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Segment? Segment, RowFault? Fault) Sparse(
        StoreLayout layout, ColumnMemory memory, long generation, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators)
    {
        var n = rows.Length;
        var units = layout.UnitCount;

        // One read of the rows validates them, bounds their days and, for a batch that may be a single day (a
        // reporting round), marks its cells in a bitmap, which is all the one-day layout needs before placing rows.
        var oneDay = layout.CellCount / 64 <= 4L * n;
        var bitmap = ColumnMemory.Scratch<ulong>(oneDay ? (layout.CellCount + 63) >> 6 : 0);
        var (bad, min, max, inOrder, markedTwice) = ScanRows(layout, rows, bitmap.Span);
        if (bad >= 0)
        {
            ColumnMemory.Return(bitmap);
            return (null, RowFault.Describe(layout, bad, rows[bad]));
        }

        if (oneDay && min == max)
        {
            return OneDay(layout, memory, generation, rows, denominators, bitmap, markedTwice);
        }

        ColumnMemory.Return(bitmap);

        // Key: the cell above the day (16 bits). The sort skips the day's bits for a batch in day order (the
        // stable passes keep it), and otherwise the high day bits every row shares.
        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var digits = Digits(inOrder ? 0 : BitLength(min ^ max), BitLength(layout.CellCount - 1));
        var keys = ColumnMemory.Scratch<ulong>(n);
        var values = ColumnMemory.Scratch<double>(n);
        var dens = ColumnMemory.Scratch<double>(withDen ? n : 0);
        var otherKeys = ColumnMemory.Scratch<ulong>(n);
        var otherValues = ColumnMemory.Scratch<double>(n);
        var otherDens = ColumnMemory.Scratch<double>(withDen ? n : 0);
        var counts = ColumnMemory.Scratch<int>(digits.Length << DigitBits);
        var histogram = counts.Span;
        histogram.Clear();
        var key = keys.Span;
        var value = values.Span;
        for (var i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[i];
            var k = ((ulong)((row.Target * units) + row.OrgUnit) << 16) | (uint)row.Day;
            key[i] = k;
            value[i] = row.Value;
            for (var d = 0; d < digits.Length; d++)
            {
                histogram[(d << DigitBits) + (int)((k >> digits[d].Shift) & digits[d].Mask)]++;
            }
        }

        if (withDen)
        {
            denominators.CopyTo(dens.Span);
        }

        var flipped = false;
        for (var d = 0; d < digits.Length; d++)
        {
            var next = histogram.Slice(d << DigitBits, 1 << DigitBits);
            if (flipped)
            {
                RadixPass(otherKeys.Span, otherValues.Span, otherDens.Span, keys.Span, values.Span, dens.Span, digits[d], next);
            }
            else
            {
                RadixPass(keys.Span, values.Span, dens.Span, otherKeys.Span, otherValues.Span, otherDens.Span, digits[d], next);
            }

            flipped = !flipped;
        }

        var sortedKeys = flipped ? otherKeys.Span : keys.Span;
        var sortedValues = flipped ? otherValues.Span : values.Span;
        var sortedDens = flipped ? otherDens.Span : dens.Span;

        // The directory: one entry per distinct cell.
        var entries = 0;
        var lastCell = ulong.MaxValue;
        for (var j = 0; j < n; j++)
        {
            var cell = sortedKeys[j] >> 16;
            entries += cell != lastCell ? 1 : 0;
            lastCell = cell;
        }

        var cellsColumn = memory.Allocate<int>(entries, ColumnLife.Round);
        var startColumn = memory.Allocate<int>(entries + 1, ColumnLife.Round);
        var daysColumn = memory.Allocate<ushort>(n, ColumnLife.Round);
        var numColumn = memory.Allocate<double>(n, ColumnLife.Round);
        var denColumn = withDen ? memory.Allocate<double>(n, ColumnLife.Round) : default;
        var cells = cellsColumn.Span;
        var start = startColumn.Span;
        var days = daysColumn.Span;
        sortedValues.CopyTo(numColumn.Span);
        if (withDen)
        {
            sortedDens.CopyTo(denColumn.Span);
        }

        // Days and the directory from the keys; a repeated key is a row equal to the one before.
        var entry = -1;
        var previousKey = ulong.MaxValue;
        var repeats = false;
        for (var j = 0; j < n; j++)
        {
            var k = sortedKeys[j];
            if (k >> 16 != previousKey >> 16)
            {
                cells[++entry] = (int)(k >> 16);
                start[entry] = j;
            }

            repeats |= k == previousKey;
            previousKey = k;
            days[j] = (ushort)k;
        }

        start[entries] = n;
        ColumnMemory.Return(keys);
        ColumnMemory.Return(values);
        ColumnMemory.Return(dens);
        ColumnMemory.Return(otherKeys);
        ColumnMemory.Return(otherValues);
        ColumnMemory.Return(otherDens);
        ColumnMemory.Return(counts);
        if (repeats)
        {
            memory.Release([cellsColumn.Block, startColumn.Block, daysColumn.Block, numColumn.Block, denColumn.Block]);
            return (null, FindRepeat(layout, rows));
        }

        var (runNum, runDen) = Segment.Running(layout, memory, cells, start, days, numColumn.Span, denColumn.Span, ColumnLife.Round);
        return (new Segment(generation, layout, cellsColumn, startColumn, daysColumn, numColumn, denColumn, runNum, runDen), null);
    }

    /// <summary>
    /// The first bad row of a batch (−1 when none), its day bounds and whether its days come in order; with a bitmap
    /// to fill (one bit a cell, cleared here), each row's cell marked in it and whether a cell was marked twice (a
    /// repeated key when the batch is a single day).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Bad, int Min, int Max, bool InOrder, bool Repeats) ScanRows(StoreLayout layout, ReadOnlySpan<ReportRow> rows, Span<ulong> bits)
    {
        var units = layout.UnitCount;
        var mark = !bits.IsEmpty;
        bits.Clear();
        var min = int.MaxValue;
        var max = -1;
        var previous = 0;
        var inOrder = true;
        var repeats = false;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            if (IsBad(layout, row))
            {
                return (i, min, max, inOrder, repeats);
            }

            min = Math.Min(min, row.Day);
            max = Math.Max(max, row.Day);
            inOrder &= row.Day >= previous;
            previous = row.Day;
            if (mark)
            {
                var cell = (row.Target * units) + row.OrgUnit;
                ref var word = ref bits[cell >> 6];
                var bit = 1UL << cell;
                repeats |= (word & bit) != 0;
                word |= bit;
            }
        }

        return (-1, min, max, inOrder, repeats);
    }

    /// <summary>
    /// A batch of one day (a reporting round), its cells marked in <paramref name="bitmap"/> by the scan: each cell
    /// appears at most once (a cell marked twice is a repeated key), so the rows are placed by the rank of their cell
    /// among the cells present — the bitmap counted word by word, then each row's value to its place — without
    /// sorting. The cells column is the bitmap's bits in order and the days column one day throughout, both written
    /// front to back: only the values are scattered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Segment? Segment, RowFault? Fault) OneDay(
        StoreLayout layout, ColumnMemory memory, long generation, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators, Column<ulong> bitmap, bool repeats)
    {
        var n = rows.Length;
        var units = layout.UnitCount;
        if (repeats)
        {
            ColumnMemory.Return(bitmap);
            return (null, FindRepeat(layout, rows));
        }

        var words = bitmap.Length;
        var ranks = ColumnMemory.Scratch<int>(words);
        var bits = bitmap.Span;
        var rank = ranks.Span;
        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var cellsColumn = memory.Allocate<int>(n, ColumnLife.Round);
        var startColumn = memory.Identity(n + 1);
        var daysColumn = memory.Allocate<ushort>(n, ColumnLife.Round);
        var numColumn = memory.Allocate<double>(n, ColumnLife.Round);
        var denColumn = withDen ? memory.Allocate<double>(n, ColumnLife.Round) : default;
        var cells = cellsColumn.Span;
        var days = daysColumn.Span;
        var num = numColumn.Span;
        var den = denColumn.Span;

        // Each word's rank, and the cells present in order.
        var at = 0;
        for (var w = 0; w < words; w++)
        {
            rank[w] = at;
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                cells[at++] = (w << 6) + BitOperations.TrailingZeroCount(word);
            }
        }

        days.Fill((ushort)rows[0].Day);
        if (withDen)
        {
            for (var i = 0; i < n; i++)
            {
                ref readonly var row = ref rows[i];
                var cell = (row.Target * units) + row.OrgUnit;
                var p = rank[cell >> 6] + BitOperations.PopCount(bits[cell >> 6] & ((1UL << cell) - 1));
                num[p] = row.Value;
                den[p] = denominators[i];
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                ref readonly var row = ref rows[i];
                var cell = (row.Target * units) + row.OrgUnit;
                num[rank[cell >> 6] + BitOperations.PopCount(bits[cell >> 6] & ((1UL << cell) - 1))] = row.Value;
            }
        }

        ColumnMemory.Return(bitmap);
        ColumnMemory.Return(ranks);
        var (runNum, runDen) = Segment.Running(layout, memory, cells, startColumn.Span, days, num, den, ColumnLife.Round);
        return (new Segment(generation, layout, cellsColumn, startColumn, daysColumn, numColumn, denColumn, runNum, runDen, (days[0], days[0])), null);
    }

    /// <summary>The radix digits over a key's day bits <c>[0, dayBits)</c> and cell bits <c>[16, 16 + cellBits)</c>, each at most 11 bits, as even as may be.</summary>
    private static (int Shift, ulong Mask)[] Digits(int dayBits, int cellBits)
    {
        var digits = new List<(int, ulong)>();
        foreach (var (low, bits) in new[] { (0, dayBits), (16, cellBits) })
        {
            var passes = (bits + DigitBits - 1) / DigitBits;
            for (var p = 0; p < passes; p++)
            {
                var from = low + (bits * p / passes);
                var to = low + (bits * (p + 1) / passes);
                digits.Add((from, (1UL << (to - from)) - 1));
            }
        }

        return [.. digits];
    }

    /// <summary>One stable counting pass on a digit, moving each key's value (and denominator) along; <paramref name="next"/> holds the digit's counts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RadixPass(
        ReadOnlySpan<ulong> keys, ReadOnlySpan<double> values, ReadOnlySpan<double> dens, Span<ulong> toKeys, Span<double> toValues, Span<double> toDens,
        (int Shift, ulong Mask) digit, Span<int> next)
    {
        var at = 0;
        for (var d = 0; d <= (int)digit.Mask; d++)
        {
            var count = next[d];
            next[d] = at;
            at += count;
        }

        var withDen = !dens.IsEmpty;
        for (var i = 0; i < keys.Length; i++)
        {
            var p = next[(int)((keys[i] >> digit.Shift) & digit.Mask)]++;
            toKeys[p] = keys[i];
            toValues[p] = values[i];
            if (withDen)
            {
                toDens[p] = dens[i];
            }
        }
    }

    private static int BitLength(int value) => value <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)value);
}
