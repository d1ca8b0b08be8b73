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
    /// <summary>Rows of the result written a stretch at a time: 16,384 rows are 160–300 KB of columns, within a core's L2.</summary>
    internal const int BlockRows = 1 << 14;

    /// <summary>A dense result of at least this many rows is written on every core, a part of its cells each (the last
    /// merge of W3's rounds: 967,741 rows at S = 100, 9,676,949 at S = 1000).</summary>
    internal const int ParallelRows = 1 << 19;

    /// <summary>Merges segments (oldest first) into one, dense when it holds rows for at least half the cells.</summary>
    /// <param name="layout">The store's layout.</param>
    /// <param name="memory">Where the result's columns go.</param>
    /// <param name="generation">The result's place in the order the store made segments.</param>
    /// <param name="inputs">Adjacent segments, oldest first.</param>
    /// <param name="blockRows">Rows of a dense result written a stretch at a time (the result is the same for any).</param>
    /// <param name="parts">Parts of a dense result's cells written side by side on the thread pool, or 0 for one a core
    /// from <see cref="ParallelRows"/> rows (the result is the same for any).</param>
    internal static Segment Merge(StoreLayout layout, ColumnMemory memory, long generation, IReadOnlyList<Segment> inputs, int blockRows = BlockRows, int parts = 0)
    {
        long total = 0;
        var inOrder = true;
        var lastDay = -1;
        var withDen = false;
        var (minDay, maxDay) = (int.MaxValue, -1);
        foreach (var input in inputs)
        {
            total += input.Count;
            withDen |= input.HasDen;
            if (input.Count > 0)
            {
                inOrder &= input.MinDay > lastDay;
                lastDay = input.MaxDay;
                (minDay, maxDay) = (Math.Min(minDay, input.MinDay), Math.Max(maxDay, input.MaxDay));
            }
        }

        var n = checked((int)total);
        var days = memory.Allocate<ushort>(n, ColumnLife.Merged);
        var num = memory.Allocate<double>(n, ColumnLife.Merged);
        var den = withDen ? memory.AllocateZeroed<double>(n, ColumnLife.Merged) : default;
        var (cells, start) = total * 2 >= layout.CellCount
            ? Dense(layout, memory, inputs, blockRows, parts > 0 ? parts : n >= ParallelRows ? Environment.ProcessorCount : 1, days, num, den)
            : Sparse(memory, inputs, days.Span, num.Span, den.Array is null ? default : den.Span);
        if (!inOrder)
        {
            for (var e = 0; e < start.Length - 1; e++)
            {
                SegmentBuilder.InsertionSort(days.Span, num.Span, den.Span, start.Span[e], start.Span[e + 1]);
            }
        }

        var (runNum, runDen) = Segment.Running(layout, memory, cells.Array is null ? default : cells.Span, start.Span, days.Span, num.Span, den.Span, ColumnLife.Merged);
        // The result holds the inputs' rows: its days are bounded by theirs.
        return new Segment(generation, layout, cells, start, days, num, den, runNum, runDen, (minDay, maxDay));
    }

    /// <summary>
    /// Every cell of the store in the directory, in one sweep over stretches of cells (about
    /// <paramref name="blockRows"/> rows of the result each): per stretch, each input's run lengths counted, the
    /// stretch's runs placed one after another, then each input's runs of the stretch copied in turn. The cells are
    /// cut into <paramref name="parts"/> ranges written side by side: a range's first row is the rows every input
    /// holds before it, so each is written on its own.
    /// </summary>
    /// <remarks>
    /// Counting every input over the whole directory, then placing one input's runs across the whole result, then
    /// the next input's, went over the store's cells once per input twice, and wrote each cache line of the result
    /// once per input: a result larger than the cache was fetched from memory once per input (11–58 ns a row for a
    /// 576,000-row result of 20 rounds on 288,000 cells). A stretch at a time, the counts and the result are written
    /// while they are in the cache, and each input is read front to back (its cursor moves on from stretch to stretch).
    /// The largest merge of reporting rounds comes due with the last rounds, when the core that lays them out is
    /// about to be free: in parts, the wait for it is shared by both cores.
    /// </remarks>
    private static (Column<int> Cells, Column<int> Start) Dense(
        StoreLayout layout, ColumnMemory memory, IReadOnlyList<Segment> inputs, int blockRows, int parts, Column<ushort> days, Column<double> num, Column<double> den)
    {
        var cellCount = layout.CellCount;
        var startColumn = memory.Allocate<int>(cellCount + 1, ColumnLife.Merged);
        var stretch = (int)Math.Clamp((long)blockRows * cellCount / Math.Max(1, days.Length), 1, cellCount);
        parts = Math.Clamp(parts, 1, Math.Max(1, cellCount / stretch));
        if (parts == 1)
        {
            DensePart(inputs, 0, cellCount, stretch, startColumn, days, num, den);
        }
        else
        {
            Parallel.For(0, parts, p => DensePart(
                inputs, (int)((long)cellCount * p / parts), (int)((long)cellCount * (p + 1) / parts), stretch, startColumn, days, num, den));
        }

        startColumn.Span[cellCount] = days.Length;
        return (default, startColumn);
    }

    /// <summary>The cells <c>[from, to)</c> of a dense result, a stretch at a time (see <see cref="Dense"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DensePart(
        IReadOnlyList<Segment> inputs, int from, int to, int stretch, Column<int> startColumn, Column<ushort> daysColumn, Column<double> numColumn, Column<double> denColumn)
    {
        var start = startColumn.Span;
        var days = daysColumn.Span;
        var num = numColumn.Span;
        var den = denColumn.Array is null ? default : denColumn.Span;
        var nextColumn = ColumnMemory.Scratch<int>(Math.Min(stretch, to - from));
        var next = nextColumn.Span;
        var first = new int[inputs.Count];
        var end = new int[inputs.Count];

        // The part's first row: the rows every input holds for the cells before it.
        var at = 0;
        for (var k = 0; k < inputs.Count; k++)
        {
            end[k] = inputs[k].EntryAtOrAfter(from);
            at += inputs[k].Start[end[k]];
        }

        for (var cell = from; cell < to; cell += stretch)
        {
            var upTo = Math.Min(cell + stretch, to);
            var counts = next[..(upTo - cell)];
            counts.Clear();
            for (var k = 0; k < inputs.Count; k++)
            {
                first[k] = end[k];
                end[k] = Count(inputs[k], first[k], cell, upTo, counts);
            }

            // Each run's start; `counts` becomes the next free place of each cell of the stretch.
            for (var c = 0; c < counts.Length; c++)
            {
                start[cell + c] = at;
                var length = counts[c];
                counts[c] = at;
                at += length;
            }

            for (var k = 0; k < inputs.Count; k++)
            {
                Place(inputs[k], first[k], end[k], cell, counts, days, num, den);
            }
        }

        ColumnMemory.Return(nextColumn);
    }

    /// <summary>
    /// Adds the lengths of an input's runs of the cells <c>[from, to)</c> to their counts, from directory entry
    /// <paramref name="entry"/> on.
    /// </summary>
    /// <returns>The first directory entry after them.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Count(Segment input, int entry, int from, int to, Span<int> counts)
    {
        var start = input.Start;
        if (input.IsDense)
        {
            for (var c = from; c < to; c++)
            {
                counts[c - from] += start[c + 1] - start[c];
            }

            return to;
        }

        var cells = input.Cells;
        var e = entry;
        for (; e < cells.Length && cells[e] < to; e++)
        {
            counts[cells[e] - from] += start[e + 1] - start[e];
        }

        return e;
    }

    /// <summary>
    /// Copies an input's runs of the directory entries <c>[entry, endEntry)</c>, row by row (runs are short), to the
    /// next free place of their cell (<paramref name="next"/> from cell <paramref name="from"/> on).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(Segment input, int entry, int endEntry, int from, Span<int> next, Span<ushort> days, Span<double> num, Span<double> den)
    {
        var start = input.Start;
        var cells = input.Cells;
        var inputDays = input.Days;
        var inputNum = input.Num;
        var inputDen = input.Den;
        var dense = input.IsDense;
        var withDen = !inputDen.IsEmpty;
        for (var e = entry; e < endEntry; e++)
        {
            var slot = (dense ? e : cells[e]) - from;
            var p = next[slot];
            for (var i = start[e]; i < start[e + 1]; i++, p++)
            {
                days[p] = inputDays[i];
                num[p] = inputNum[i];
                if (withDen)
                {
                    den[p] = inputDen[i];
                }
            }

            next[slot] = p;
        }
    }

    /// <summary>The cells present in any input (a merge of the inputs' sorted directories), each with its runs.</summary>
    private static (Column<int> Cells, Column<int> Start) Sparse(
        ColumnMemory memory, IReadOnlyList<Segment> inputs, Span<ushort> days, Span<double> num, Span<double> den)
    {
        var heads = new int[inputs.Count];
        var entries = CountUnion(inputs);
        var cellsColumn = memory.Allocate<int>(entries, ColumnLife.Merged);
        var startColumn = memory.Allocate<int>(entries + 1, ColumnLife.Merged);
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
