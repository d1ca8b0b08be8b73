using System.Numerics;
using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The layout of a small batch (one reporting round) into a sparse segment.</content>
internal static partial class SegmentBuilder
{
    private const int DigitBits = 11;

    /// <summary>
    /// A small batch: each row's key (cell, then day from the batch's first day) sorted by a least-significant
    /// digit radix sort, 11 bits a pass, with the row's index alongside; the day digits are skipped when the
    /// batch came in day order (a reporting round: often a single day). Then the rows are gathered in key order
    /// and the directory lists the cells present. Work and memory grow with the batch, not with the store.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Segment? Segment, RowFault? Fault) Sparse(
        StoreLayout layout, ColumnMemory memory, long generation, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators)
    {
        var n = rows.Length;
        var units = layout.UnitCount;
        var min = int.MaxValue;
        var max = -1;
        var previous = 0;
        var inOrder = true;
        for (var i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[i];
            if (IsBad(layout, row))
            {
                return (null, RowFault.Describe(layout, i, row));
            }

            min = Math.Min(min, row.Day);
            max = Math.Max(max, row.Day);
            inOrder &= row.Day >= previous;
            previous = row.Day;
        }

        // Key: the cell above the day (16 bits). The sort skips the day's bits for a batch in day order (the
        // stable passes keep it), and otherwise the high day bits every row shares.
        var dayBits = inOrder ? 0 : BitLength(min ^ max);
        var cellBits = BitLength(layout.CellCount - 1);
        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var keys = ColumnMemory.Scratch<ulong>(n);
        var values = ColumnMemory.Scratch<double>(n);
        var dens = ColumnMemory.Scratch<double>(withDen ? n : 0);
        var otherKeys = ColumnMemory.Scratch<ulong>(n);
        var otherValues = ColumnMemory.Scratch<double>(n);
        var otherDens = ColumnMemory.Scratch<double>(withDen ? n : 0);
        var key = keys.Span;
        var value = values.Span;
        for (var i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[i];
            var cell = (row.Target * units) + row.OrgUnit;
            key[i] = ((ulong)cell << 16) | (uint)row.Day;
            value[i] = row.Value;
        }

        if (withDen)
        {
            denominators.CopyTo(dens.Span);
        }

        var sorted = RadixSort(keys.Span, values.Span, dens.Span, otherKeys.Span, otherValues.Span, otherDens.Span, 0, dayBits, false);
        sorted = sorted
            ? RadixSort(otherKeys.Span, otherValues.Span, otherDens.Span, keys.Span, values.Span, dens.Span, 16, 16 + cellBits, true)
            : RadixSort(keys.Span, values.Span, dens.Span, otherKeys.Span, otherValues.Span, otherDens.Span, 16, 16 + cellBits, false);
        var sortedKeys = sorted ? otherKeys.Span : keys.Span;
        var sortedValues = sorted ? otherValues.Span : values.Span;
        var sortedDens = sorted ? otherDens.Span : dens.Span;

        // The directory: one entry per distinct cell.
        var entries = 0;
        var lastCell = -1L;
        for (var j = 0; j < n; j++)
        {
            var cell = (long)(sortedKeys[j] >> 16);
            entries += cell != lastCell ? 1 : 0;
            lastCell = cell;
        }

        var cellsColumn = memory.Allocate<int>(entries);
        var startColumn = memory.Allocate<int>(entries + 1);
        var daysColumn = memory.Allocate<ushort>(n);
        var numColumn = memory.Allocate<double>(n);
        var denColumn = withDen ? memory.Allocate<double>(n) : default;
        var cells = cellsColumn.Span;
        var start = startColumn.Span;
        var days = daysColumn.Span;
        sortedValues.CopyTo(numColumn.Span);
        if (withDen)
        {
            sortedDens.CopyTo(denColumn.Span);
        }

        var entry = -1;
        lastCell = -1;
        var repeats = false;
        for (var j = 0; j < n; j++)
        {
            var cell = (int)(sortedKeys[j] >> 16);
            if (cell != lastCell)
            {
                cells[++entry] = cell;
                start[entry] = j;
                lastCell = cell;
            }

            days[j] = (ushort)sortedKeys[j];
        }

        start[entries] = n;
        for (var e = 0; e < entries && !repeats; e++)
        {
            for (var j = start[e] + 1; j < start[e + 1]; j++)
            {
                repeats |= days[j] == days[j - 1];
            }
        }

        ColumnMemory.Return(keys);
        ColumnMemory.Return(values);
        ColumnMemory.Return(dens);
        ColumnMemory.Return(otherKeys);
        ColumnMemory.Return(otherValues);
        ColumnMemory.Return(otherDens);
        if (repeats)
        {
            return (null, FindRepeat(layout, rows));
        }

        var (runNum, runDen) = Segment.Running(layout, memory, cells, start, days, numColumn.Span, denColumn.Span);
        return (new Segment(generation, layout, cellsColumn, startColumn, daysColumn, numColumn, denColumn, runNum, runDen), null);
    }

    /// <summary>
    /// Stable least-significant-digit radix passes over key bits <c>[low, high)</c>, 11 bits a pass, moving each
    /// key's value (and denominator) along between the two sets of buffers. Returns whether the result is in the
    /// other set than the one it started in (<paramref name="flipped"/> says where it started).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RadixSort(
        Span<ulong> keys, Span<double> values, Span<double> dens, Span<ulong> otherKeys, Span<double> otherValues, Span<double> otherDens,
        int low, int high, bool flipped)
    {
        var n = keys.Length;
        var withDen = !dens.IsEmpty;
        Span<int> next = stackalloc int[1 << DigitBits];
        for (; low < high; low += DigitBits)
        {
            var mask = (1UL << Math.Min(DigitBits, high - low)) - 1;
            next.Clear();
            for (var i = 0; i < n; i++)
            {
                next[(int)((keys[i] >> low) & mask)]++;
            }

            var at = 0;
            for (var d = 0; d <= (int)mask; d++)
            {
                var count = next[d];
                next[d] = at;
                at += count;
            }

            for (var i = 0; i < n; i++)
            {
                var p = next[(int)((keys[i] >> low) & mask)]++;
                otherKeys[p] = keys[i];
                otherValues[p] = values[i];
                if (withDen)
                {
                    otherDens[p] = dens[i];
                }
            }

            var swapKeys = keys;
            keys = otherKeys;
            otherKeys = swapKeys;
            var swapValues = values;
            values = otherValues;
            otherValues = swapValues;
            var swapDens = dens;
            dens = otherDens;
            otherDens = swapDens;
            flipped = !flipped;
        }

        return flipped;
    }

    private static int BitLength(int value) => value <= 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)value);
}
