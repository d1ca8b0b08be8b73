using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// One immutable block of reports, laid out by cell (target × org unit) and by day within a cell: the columns
/// hold day, numerator and denominator, and a directory says where each cell's run begins (compressed sparse
/// rows). Within a cell's run days are strictly increasing: the store holds one report per (target, org unit,
/// day) key.
/// </summary>
/// <remarks>
/// <para>Two directories: a <em>dense</em> segment (most cells present, the layout of a large batch or of a
/// compacted store) has an empty <see cref="Cells"/> and one <see cref="Start"/> entry per cell of the store, so a
/// cell's run is found by index; a <em>sparse</em> segment (a small batch, one reporting round) lists only its
/// cells, ascending, in <see cref="Cells"/>, with <see cref="Start"/> parallel to it, so a small batch costs
/// memory and query time for what it holds, not for every cell of the store.</para>
/// <para>The target and org unit of a row are implicit in its cell, so a row costs 10 bytes (18 with a
/// denominator, more with running columns) against the 24 of a <see cref="ReportRow"/>. For targets that do
/// not aggregate as levels, <see cref="RunNum"/> and <see cref="RunDen"/> hold the cell's running aggregate up to
/// each row, so an as-of query reads one row per cell and segment.</para>
/// <para><see cref="MinDay"/> and <see cref="MaxDay"/> bound the segment's days: an as-of query skips a segment
/// that starts after its day and takes each run's last row from a segment that ends on or before it; a batch
/// whose days all follow a segment's cannot repeat one of its keys. Reports arriving in rounds (one day or
/// week at a time) therefore cost neither search nor duplicate check in the segments before them.</para>
/// <para>Revisions (a later report of the same key that replaces an earlier one while the history stays) and
/// queries "as known on" a date: the columns keep one row per key — its first report — so every loop over them
/// stays as it is, and the key check refuses an unmarked repeat. Revisions, corrections (冲减, which have no first
/// report) and the days late-known reports became known are rare; they are kept beside the segments, in one side
/// table of the store per cell and day (<c>ReportStore.History.cs</c>), so merges never touch them. A query reads a
/// cell with side entries on a slow path that puts, per day, the latest revision known on the date in place of the
/// column's row (without a date, the latest revision); every other cell keeps the segments' path.</para>
/// <para>Columns come from the store's <see cref="ColumnMemory"/>; when a merge replaces a segment its memory is
/// reused for new columns once no query can still be reading it.</para>
/// </remarks>
internal sealed class Segment
{
    private readonly Column<int> start;
    private readonly Column<int> cells;
    private readonly Column<ushort> days;
    private readonly Column<double> num;
    private readonly Column<double> den;
    private readonly Column<double> runNum;
    private readonly Column<double> runDen;

    /// <summary>A segment over written columns (a column with a null array is absent: no cells for a dense
    /// segment, no denominators, no running columns), with the earliest and latest day held when the caller knows
    /// them (a round of one day, a merge of segments); otherwise they are read from the runs.</summary>
    internal Segment(
        long generation, StoreLayout layout, Column<int> cells, Column<int> start, Column<ushort> days, Column<double> num, Column<double> den, Column<double> runNum, Column<double> runDen,
        (int Min, int Max)? dayBounds = null)
    {
        Generation = generation;
        this.cells = cells;
        this.start = start;
        this.days = days;
        this.num = num;
        this.den = den;
        this.runNum = runNum;
        this.runDen = runDen;
        (MinDay, MaxDay) = dayBounds ?? DayBounds(start.Span, days.Span);
        if (cells.Array is not null)
        {
            var targetStart = new int[layout.TargetCount + 1];
            for (var t = 0; t <= layout.TargetCount; t++)
            {
                var found = cells.Span.BinarySearch(t * layout.UnitCount);
                targetStart[t] = found >= 0 ? found : ~found;
            }

            TargetStart = targetStart;
        }
    }

    /// <summary>The order in which the store made segments (a compacted segment gets a new one): the high bits
    /// of a row's sequence number.</summary>
    internal long Generation { get; }

    /// <summary>The present cells, ascending (sparse), or empty: every cell of the store, by index (dense).</summary>
    internal ReadOnlySpan<int> Cells => cells.Array is null ? default : cells.Span;

    /// <summary>Where each directory entry's run begins; one more entry than the directory, ending at <see cref="Count"/>.</summary>
    internal ReadOnlySpan<int> Start => start.Span;

    /// <summary>For a sparse segment, the first directory entry of each target's cells (one more entry than targets).</summary>
    internal int[]? TargetStart { get; }

    /// <summary>Day numbers in 16 bits (ranges are shorter than 65,536 days): half the memory traffic of a query.</summary>
    internal ReadOnlySpan<ushort> Days => days.Span;

    internal ReadOnlySpan<double> Num => num.Span;

    /// <summary>The denominators, or empty when the segment has none (they read as 0).</summary>
    internal ReadOnlySpan<double> Den => den.Array is null ? default : den.Span;

    internal bool HasDen => den.Array is not null;

    internal ReadOnlySpan<double> RunNum => runNum.Span;

    internal ReadOnlySpan<double> RunDen => runDen.Array is null ? default : runDen.Span;

    /// <summary>The earliest day held (<see cref="int.MaxValue"/> when empty).</summary>
    internal int MinDay { get; }

    /// <summary>The latest day held (−1 when empty).</summary>
    internal int MaxDay { get; }

    internal int Count => days.Length;

    /// <summary>The number of directory entries: every cell (dense) or the cells present (sparse).</summary>
    internal int Entries => start.Length - 1;

    internal bool IsDense => cells.Array is null;

    internal long SeqBase => Generation << 32;

    /// <summary>The blocks the columns were carved from, one entry a column (released when a merge replaces the segment).</summary>
    internal IEnumerable<ColumnBlock?> Blocks => [start.Block, cells.Block, days.Block, num.Block, den.Block, runNum.Block, runDen.Block];

    /// <summary>The day of a row (for walks row by row; loops over many rows take <see cref="Days"/> once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int DayAt(int row) => days.Array[days.Offset + row];

    /// <summary>The numerator of a row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NumAt(int row) => num.Array[num.Offset + row];

    /// <summary>The denominator of a row (0 when the segment has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double DenAt(int row) => den.Array is null ? 0d : den.Array[den.Offset + row];

    /// <summary>Where a directory entry's run begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int StartAt(int entry) => start.Array[start.Offset + entry];

    /// <summary>The directory entries of a target's cells: <c>[From, To)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (int From, int To) EntriesOf(int target, int units)
        => TargetStart is { } targetStart ? (targetStart[target], targetStart[target + 1]) : (target * units, (target + 1) * units);

    /// <summary>The cell of a directory entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CellAt(int entry) => cells.Array is null ? entry : cells.Array[cells.Offset + entry];

    /// <summary>The earliest and latest day of the runs (<see cref="int.MaxValue"/> and −1 when there are none).</summary>
    internal static (int Min, int Max) DayBounds(ReadOnlySpan<int> starts, ReadOnlySpan<ushort> days)
    {
        var min = int.MaxValue;
        var max = -1;
        for (var j = 0; j < starts.Length - 1; j++)
        {
            if (starts[j + 1] > starts[j])
            {
                min = Math.Min(min, days[starts[j]]);
                max = Math.Max(max, days[starts[j + 1] - 1]);
            }
        }

        return (min, max);
    }

    /// <summary>The first directory entry of a cell at or after <paramref name="cell"/> (the entry count when none).</summary>
    internal int EntryAtOrAfter(int cell)
    {
        if (cells.Array is null)
        {
            return Math.Min(cell, Entries);
        }

        var found = cells.Span.BinarySearch(cell);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The directory entry of a cell, or −1 when the segment holds nothing for it.</summary>
    internal int EntryOf(int cell)
    {
        if (cells.Array is null)
        {
            return cell;
        }

        var found = cells.Span.BinarySearch(cell);
        return found >= 0 ? found : -1;
    }

    /// <summary>A cell's run of rows: <c>[From, To)</c>, empty when the segment holds nothing for it.</summary>
    internal (int From, int To) RunOf(int cell)
    {
        var entry = EntryOf(cell);
        return entry < 0 ? (0, 0) : (Start[entry], Start[entry + 1]);
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
    internal static int CountOnOrBefore(ReadOnlySpan<ushort> days, int start, int length, int day)
    {
        if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            var limit = Vector256.Create((ushort)Math.Clamp(day, 0, ushort.MaxValue));
            _ = days.Slice(start, length);
            ref var run = ref Unsafe.Add(ref MemoryMarshal.GetReference(days), start);
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

    /// <summary>The rows of a run on or before a day, using the segment's day bounds before looking at the run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CountOnOrBefore(int from, int to, int day)
        => MaxDay <= day ? to - from : CountOnOrBefore(days.Span, from, to - from, day);

    /// <summary>The partial result of a run's first <paramref name="count"/> rows (from <paramref name="from"/>).</summary>
    internal CellState StateOf(int from, int count, TimeAggregation aggregation)
    {
        if (count <= 0)
        {
            return CellState.Empty;
        }

        var index = from + count - 1;
        var seq = SeqBase | (uint)index;
        return aggregation == TimeAggregation.Level
            ? new CellState(Days[index], seq, Num[index], HasDen ? Den[index] : 0d, count)
            : new CellState(Days[index], seq, RunNum[index], HasDen ? RunDen[index] : 0d, count);
    }

    /// <summary>Whether a cell's run holds a day (the run is sorted).</summary>
    internal bool Holds(int cell, int day)
    {
        var (from, to) = RunOf(cell);
        return from < to && day >= Days[from] && day <= Days[to - 1] && Days[from..to].BinarySearch((ushort)day) >= 0;
    }

    /// <summary>
    /// For targets that are not levels, each run's running aggregate up to each row (absent columns when every
    /// target is a level).
    /// </summary>
    internal static (Column<double> RunNum, Column<double> RunDen) Running(
        StoreLayout layout, ColumnMemory memory, ReadOnlySpan<int> cells, ReadOnlySpan<int> start, ReadOnlySpan<ushort> days, ReadOnlySpan<double> num, ReadOnlySpan<double> den,
        ColumnLife life = ColumnLife.Lasting)
    {
        if (!layout.NeedsRunning)
        {
            return (default, default);
        }

        var units = layout.UnitCount;
        var runNumColumn = memory.AllocateZeroed<double>(num.Length, life);
        var runDenColumn = den.IsEmpty ? default : memory.AllocateZeroed<double>(num.Length, life);
        var runNum = runNumColumn.Span;
        var runDen = den.IsEmpty ? default : runDenColumn.Span;
        for (var entry = 0; entry < start.Length - 1; entry++)
        {
            var t = (cells.IsEmpty ? entry : cells[entry]) / units;
            var aggregation = layout.TimeAggregations[t];
            if (aggregation == TimeAggregation.Level)
            {
                continue;
            }

            var ratio = layout.IsRatio[t];
            var state = CellState.Empty;
            for (var i = start[entry]; i < start[entry + 1]; i++)
            {
                state = CellState.Merge(aggregation, ratio, state, CellState.Of(days[i], i, num[i], den.IsEmpty ? 0d : den[i]));
                runNum[i] = state.Num;
                if (!den.IsEmpty)
                {
                    runDen[i] = state.Den;
                }
            }
        }

        return (runNumColumn, runDenColumn);
    }
}
