using System.Runtime.CompilerServices;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// Compaction's merge: adjacent segments into one holding the same rows, sorted by cell and day. Every cell's
/// run of the result is the runs of the inputs one after another (oldest first), which is already in day order
/// when the inputs' day ranges follow one another — the usual case, reports arriving in rounds — and is put in
/// order per run otherwise. Keys are never repeated across segments (the store refuses a batch that would), so
/// the result holds every report once and every figure is unchanged.
/// </summary>
internal static class SegmentMerge
{
    /// <summary>Merges segments (oldest first) into one, dense when it holds rows for at least half the cells.</summary>
    internal static Segment Merge(StoreLayout layout, ColumnMemory memory, long generation, IReadOnlyList<Segment> inputs)
    {
        long total = 0;
        var inOrder = true;
        var lastDay = -1;
        var withDen = false;
        foreach (var input in inputs)
        {
            total += input.Count;
            withDen |= input.HasDen;
            if (input.Count > 0)
            {
                inOrder &= input.MinDay > lastDay;
                lastDay = input.MaxDay;
            }
        }

        var n = checked((int)total);
        var days = memory.Allocate<ushort>(n);
        var num = memory.Allocate<double>(n);
        var den = withDen ? memory.AllocateZeroed<double>(n) : default;
        var (cells, start) = total * 2 >= layout.CellCount
            ? Dense(layout, memory, inputs, days.Span, num.Span, den.Span)
            : Sparse(memory, inputs, days.Span, num.Span, den.Span);
        if (!inOrder)
        {
            for (var e = 0; e < start.Length - 1; e++)
            {
                SegmentBuilder.InsertionSort(days.Span, num.Span, den.Span, start.Span[e], start.Span[e + 1]);
            }
        }

        var (runNum, runDen) = Segment.Running(layout, memory, cells.Array is null ? default : cells.Span, start.Span, days.Span, num.Span, den.Span);
        return new Segment(generation, layout, cells, start, days, num, den, runNum, runDen);
    }

    /// <summary>Every cell of the store in the directory: run lengths summed per cell, then each input's runs placed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (Column<int> Cells, Column<int> Start) Dense(
        StoreLayout layout, ColumnMemory memory, IReadOnlyList<Segment> inputs, Span<ushort> days, Span<double> num, Span<double> den)
    {
        var cellCount = layout.CellCount;
        var startColumn = memory.AllocateZeroed<int>(cellCount + 1);
        var next = startColumn.Span;
        foreach (var input in inputs)
        {
            var start = input.Start;
            var cells = input.Cells;
            if (!cells.IsEmpty)
            {
                for (var e = 0; e < cells.Length; e++)
                {
                    next[cells[e]] += start[e + 1] - start[e];
                }
            }
            else if (!input.IsDense)
            {
                continue;
            }
            else
            {
                for (var c = 0; c < cellCount; c++)
                {
                    next[c] += start[c + 1] - start[c];
                }
            }
        }

        var at = 0;
        for (var c = 0; c < cellCount; c++)
        {
            var length = next[c];
            next[c] = at;
            at += length;
        }

        // Each input's runs go to the next free place of their cell; `next` ends as each run's end.
        foreach (var input in inputs)
        {
            Place(input, next, days, num, den);
        }

        next[..cellCount].CopyTo(next[1..]);
        next[0] = 0;
        return (default, startColumn);
    }

    /// <summary>Copies an input's runs, row by row (runs are short), to the next free place of their cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(Segment input, Span<int> next, Span<ushort> days, Span<double> num, Span<double> den)
    {
        var start = input.Start;
        var cells = input.Cells;
        var inputDays = input.Days;
        var inputNum = input.Num;
        var inputDen = input.Den;
        var dense = input.IsDense;
        var withDen = !inputDen.IsEmpty;
        for (var e = 0; e < start.Length - 1; e++)
        {
            var from = start[e];
            var to = start[e + 1];
            if (from == to)
            {
                continue;
            }

            var cell = dense ? e : cells[e];
            var p = next[cell];
            for (var i = from; i < to; i++, p++)
            {
                days[p] = inputDays[i];
                num[p] = inputNum[i];
                if (withDen)
                {
                    den[p] = inputDen[i];
                }
            }

            next[cell] = p;
        }
    }

    /// <summary>The cells present in any input (a merge of the inputs' sorted directories), each with its runs.</summary>
    private static (Column<int> Cells, Column<int> Start) Sparse(
        ColumnMemory memory, IReadOnlyList<Segment> inputs, Span<ushort> days, Span<double> num, Span<double> den)
    {
        var heads = new int[inputs.Count];
        var entries = CountUnion(inputs);
        var cellsColumn = memory.Allocate<int>(entries);
        var startColumn = memory.Allocate<int>(entries + 1);
        var cells = cellsColumn.Span;
        var start = startColumn.Span;
        var position = 0;
        for (var entry = 0; entry < entries; entry++)
        {
            var cell = int.MaxValue;
            for (var k = 0; k < inputs.Count; k++)
            {
                if (heads[k] < inputs[k].Entries)
                {
                    cell = Math.Min(cell, inputs[k].CellAt(heads[k]));
                }
            }

            cells[entry] = cell;
            start[entry] = position;
            for (var k = 0; k < inputs.Count; k++)
            {
                var input = inputs[k];
                if (heads[k] < input.Entries && input.CellAt(heads[k]) == cell)
                {
                    var from = input.Start[heads[k]];
                    var length = input.Start[heads[k] + 1] - from;
                    Copy(input.Days, input.Num, input.Den, from, length, position, days, num, den);
                    position += length;
                    heads[k]++;
                }
            }
        }

        start[entries] = position;
        return (cellsColumn, startColumn);
    }

    /// <summary>How many distinct cells the inputs' sorted directories hold together.</summary>
    private static int CountUnion(IReadOnlyList<Segment> inputs)
    {
        var heads = new int[inputs.Count];
        var count = 0;
        while (true)
        {
            var cell = int.MaxValue;
            for (var k = 0; k < inputs.Count; k++)
            {
                if (heads[k] < inputs[k].Entries)
                {
                    cell = Math.Min(cell, inputs[k].CellAt(heads[k]));
                }
            }

            if (cell == int.MaxValue)
            {
                return count;
            }

            count++;
            for (var k = 0; k < inputs.Count; k++)
            {
                if (heads[k] < inputs[k].Entries && inputs[k].CellAt(heads[k]) == cell)
                {
                    heads[k]++;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(
        ReadOnlySpan<ushort> inputDays, ReadOnlySpan<double> inputNum, ReadOnlySpan<double> inputDen, int from, int length, int to,
        Span<ushort> days, Span<double> num, Span<double> den)
    {
        if (length == 1)
        {
            days[to] = inputDays[from];
            num[to] = inputNum[from];
        }
        else
        {
            inputDays.Slice(from, length).CopyTo(days[to..]);
            inputNum.Slice(from, length).CopyTo(num[to..]);
        }

        // A segment without denominators reads as 0 (the merged column starts at 0).
        if (!inputDen.IsEmpty)
        {
            inputDen.Slice(from, length).CopyTo(den[to..]);
        }
    }
}
