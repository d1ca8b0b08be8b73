using System.Globalization;
using System.Runtime.CompilerServices;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <summary>
/// One immutable block of reports, laid out by cell (target × org unit) and by day within a cell: the columns
/// hold day, numerator and denominator, and <see cref="Start"/> says where each cell's run begins
/// (compressed sparse rows). A cell's run keeps arrival order among reports of the same day.
/// </summary>
/// <remarks>
/// The target and org unit of a row are implicit in its cell, so a row costs 12 bytes (20 with a denominator,
/// more with running columns) against the 24 of a <see cref="ReportRow"/>.
/// For targets that do not aggregate as levels, <see cref="RunNum"/> and <see cref="RunDen"/> hold the cell's
/// running aggregate up to each row, so an as-of query is one binary search per cell.
/// </remarks>
internal sealed class Segment
{
    private Segment(int ordinal, int[] start, int[] days, double[] num, double[]? den, double[]? runNum, double[]? runDen)
    {
        Ordinal = ordinal;
        Start = start;
        Days = days;
        Num = num;
        Den = den;
        RunNum = runNum;
        RunDen = runDen;
    }

    internal int Ordinal { get; }

    internal int[] Start { get; }

    internal int[] Days { get; }

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
        var length = Start[cell + 1] - start;
        if (length == 0)
        {
            return -1;
        }

        // Branch-free lower half search: the final compare turns into a conditional move.
        var days = Days;
        var lo = start;
        while (length > 1)
        {
            var half = length >> 1;
            lo = days[lo + half] <= day ? lo + half : lo;
            length -= half;
        }

        return days[lo] <= day ? lo : (lo > start ? lo - 1 : -1);
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
    internal static (Segment? Segment, int BadRow, string? Error) Build(
        StoreLayout layout, int ordinal, ReadOnlySpan<ReportRow> rows, ReadOnlySpan<double> denominators)
    {
        var units = layout.UnitCount;
        var start = new int[layout.CellCount + 1];

        // Pass 1: validate and count rows per cell. The checks are combined without branches; one rare branch
        // leaves the loop to describe the fault.
        var targets = (uint)layout.TargetCount;
        var unitBound = (uint)units;
        var dayBound = (uint)layout.DayCount;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            var bad = ((uint)row.Target >= targets) | ((uint)row.OrgUnit >= unitBound) | ((uint)row.Day >= dayBound)
                | !(row.Value >= 0d && row.Value < double.PositiveInfinity);
            if (bad)
            {
                return (null, i, Describe(layout, row));
            }

            start[(row.Target * units) + row.OrgUnit + 1]++;
        }

        if (layout.HasRatio)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                if (layout.IsRatio[rows[i].Target])
                {
                    if (denominators.IsEmpty)
                    {
                        return (null, i, $"target {layout.Targets[rows[i].Target].Id} is a share and needs a denominator, but none was given.");
                    }

                    var denominator = denominators[i];
                    if (!(denominator > 0d && denominator < double.PositiveInfinity))
                    {
                        return (null, i, string.Create(CultureInfo.InvariantCulture, $"the denominator {denominator} of a share must be a finite positive number."));
                    }
                }
            }
        }

        for (var c = 0; c < layout.CellCount; c++)
        {
            start[c + 1] += start[c];
        }

        // Pass 2: scatter into cell runs, keeping arrival order.
        var n = rows.Length;
        var days = GC.AllocateUninitializedArray<int>(n);
        var num = GC.AllocateUninitializedArray<double>(n);
        var withDen = layout.HasRatio && !denominators.IsEmpty;
        var den = withDen ? GC.AllocateUninitializedArray<double>(n) : null;
        var next = start.AsSpan(0, layout.CellCount).ToArray();
        for (var i = 0; i < n; i++)
        {
            ref readonly var row = ref rows[i];
            var p = next[(row.Target * units) + row.OrgUnit]++;
            days[p] = row.Day;
            num[p] = row.Value;
            if (den is not null)
            {
                den[p] = denominators[i];
            }
        }

        // Pass 3: order each run by day (stable; runs are short, so insertion sort).
        for (var c = 0; c < layout.CellCount; c++)
        {
            var s = start[c];
            var e = start[c + 1];
            for (var i = s + 1; i < e; i++)
            {
                var d = days[i];
                if (days[i - 1] <= d)
                {
                    continue;
                }

                var v = num[i];
                var w = den is null ? 0d : den[i];
                var j = i - 1;
                while (j >= s && days[j] > d)
                {
                    days[j + 1] = days[j];
                    num[j + 1] = num[j];
                    if (den is not null)
                    {
                        den[j + 1] = den[j];
                    }

                    j--;
                }

                days[j + 1] = d;
                num[j + 1] = v;
                if (den is not null)
                {
                    den[j + 1] = w;
                }
            }
        }

        double[]? runNum = null;
        double[]? runDen = null;
        if (layout.NeedsRunning)
        {
            runNum = new double[n];
            runDen = den is null ? null : new double[n];
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
        }

        return (new Segment(ordinal, start, days, num, den, runNum, runDen), -1, null);
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
