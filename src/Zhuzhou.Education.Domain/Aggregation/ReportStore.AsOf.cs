using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The as-of query.</content>
public sealed partial class ReportStore
{
    private const int SequentialCells = 1 << 15;

    /// <summary>
    /// Rolls every target up the tree as of a date: per (target, org unit) the value under the target's time
    /// aggregation (latest level, running sum, mean, max or min of the reports on or before the date) and the
    /// reports that count, summed up the tree (numerators and denominators apart for shares; a milestone by its
    /// scope: the responsible unit's own reports, or the units of its level counted done over units in scope). The
    /// result gives each figure through the rules, against what each unit owes of the target.
    /// </summary>
    /// <param name="date">The as-of date; reports dated after it do not count. A date before the range sees no
    /// reports; a date after it sees them all.</param>
    /// <param name="knownOn">The date of knowledge (bitemporal): only the reports known then count — submitted, else
    /// received, else dated on or before it — and of each the latest revision known then; null for all that is held.</param>
    /// <returns>The result, detached from the store (later appends do not change it).</returns>
    /// <remarks>An org unit's value includes its own reports and those of every unit beneath it. The city's
    /// completion comes from the city's summed value, never from the mean of its counties' percentages.</remarks>
    public AsOfResult AsOf(LocalDate date, LocalDate? knownOn = null)
    {
        var (num, den, reports) = Collect(date, knownOn, rollUp: true);
        return new AsOfResult(Layout, Arithmetic, date, num, den, reports);
    }

    /// <summary>
    /// Each (target, org unit) cell as of a date, as known on another where asked: the unit's own reports, and with
    /// <paramref name="rollUp"/> those of every unit beneath it too. The one read of the segments behind
    /// <see cref="AsOf"/>, <see cref="PartialAsOf"/> and <see cref="SubtreeTotalsAsOf"/>.
    /// </summary>
    private (double[] Num, double[]? Den, int[] Reports) Collect(LocalDate date, LocalDate? knownOn, bool rollUp)
    {
        var layout = Layout;
        var day = Clamp(date);
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;

        // Reports without a date of their own (the segments' plain rows) are known from the day they hold for.
        var plainDay = knownOn is { } kd ? Math.Min(day, Clamp(kd)) : day;
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var cells = layout.CellCount;
        var num = new double[cells];
        var den = layout.NeedsDenominator ? new double[cells] : null;
        var reports = new int[cells];

        void Target(int t)
        {
            if (plainDay >= 0)
            {
                CollectCells(snapshot, t, plainDay, num, den, reports);
            }

            foreach (var cell in RareCells(t, known))
            {
                CollectRare(snapshot, t, cell, day, known, num, den, reports);
            }

            if (rollUp)
            {
                RollUpTree(t, num, den, reports);
            }
        }

        if (cells < SequentialCells)
        {
            for (var t = 0; t < layout.TargetCount; t++)
            {
                Target(t);
            }
        }
        else
        {
            Parallel.For(0, layout.TargetCount, Target);
        }

        return (num, den, reports);
    }

    /// <summary>The day number of a date for a query: −1 before the range, the last day after it.</summary>
    private int Clamp(LocalDate date) => date < Range.Start ? -1 : date > Range.End ? Layout.DayCount - 1 : Layout.DayNumber(date);

    /// <summary>
    /// Each cell of one target: the merged partial result of every segment, as of a day. A segment that starts
    /// after the day is skipped; in one that ends on or before it each run's last row is read without a search.
    /// </summary>
    private void CollectCells(Segment[] snapshot, int t, int day, double[] num, double[]? den, int[] reports)
    {
        var aggregation = Layout.TimeAggregations[t];
        if (aggregation != TimeAggregation.Level)
        {
            CollectStates(snapshot, t, day, aggregation, num, den, reports);
            return;
        }

        // The common case, without the general merge: the latest day wins (keys are unique, so days never tie).
        // Segment by segment, so each pass runs down one segment's columns in order.
        var units = Layout.UnitCount;
        var seen = 0;
        foreach (var segment in snapshot)
        {
            seen += segment.MinDay <= day ? 1 : 0;
        }

        int[]? bestDay = null;
        if (seen > 1)
        {
            bestDay = ArrayPool<int>.Shared.Rent(units);
            Array.Fill(bestDay, -1, 0, units);
        }

        foreach (var segment in snapshot)
        {
            if (segment.MinDay <= day)
            {
                if (segment.IsDense)
                {
                    CollectDense(segment, t * units, units, day, bestDay, num, den, reports);
                }
                else
                {
                    CollectSparse(segment, t, units, day, bestDay, num, den, reports);
                }
            }
        }

        if (bestDay is not null)
        {
            ArrayPool<int>.Shared.Return(bestDay);
        }
    }

    /// <summary>
    /// How many cells ahead <see cref="CollectDense"/> asks for the line of a cell's numerator: about as many reads
    /// as the core keeps in flight, each a miss to memory.
    /// </summary>
    internal const int PrefetchCells = 32;

    /// <summary>A level target's cells in a dense segment: per cell, its days on or before the day counted.</summary>
    /// <remarks>
    /// Each cell reads one numerator, a line of its own in a column too large for the caches, at a row known only
    /// after its days are counted. The hardware prefetchers find those lines only while the runs keep one length (a
    /// bulk append's 35 rows a cell); a merged segment's runs vary by a row or two (24 or 25 after W3's rounds) and
    /// each read then waits on memory. So the loop asks for the line of the cell <see cref="PrefetchCells"/> ahead,
    /// at that cell's start plus the count just found (neighbouring cells hold about as many rows on or before the
    /// day). A prefetch only moves memory into the cache; the figures are those of the plain loop.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static unsafe void CollectDense(Segment segment, int first, int units, int day, int[]? bestDay, double[] num, double[]? den, int[] reports)
    {
        var start = segment.Start;
        var days = segment.Days;
        var segmentNum = segment.Num;
        var segmentDen = segment.Den;
        var withDen = segment.HasDen;
        var all = segment.MaxDay <= day;
        var lastRow = segmentNum.Length - 1;
        var prefetch = Sse.IsSupported && lastRow >= 0;
        var ahead = units - PrefetchCells;
        fixed (double* numBase = segmentNum)
        fixed (double* denBase = segmentDen)
        {
            for (var c = 0; c < units; c++)
            {
                var cell = first + c;
                var from = start[cell];
                var length = start[cell + 1] - from;
                var count = all ? length : Segment.CountOnOrBefore(days, from, length, day);
                if (prefetch && c < ahead)
                {
                    var row = Math.Min(start[cell + PrefetchCells] + Math.Max(count - 1, 0), lastRow);
                    Sse.Prefetch0(numBase + row);
                    if (withDen)
                    {
                        Sse.Prefetch0(denBase + row);
                    }
                }

                if (count == 0)
                {
                    continue;
                }

                // Of a level only the latest report counts (TargetArithmetic.CountingReports).
                var index = from + count - 1;
                reports[cell] = 1;
                if (bestDay is not null)
                {
                    int d = days[index];
                    if (d < bestDay[c])
                    {
                        continue;
                    }

                    bestDay[c] = d;
                }

                num[cell] = segmentNum[index];
                if (den is not null)
                {
                    den[cell] = withDen ? segmentDen[index] : 0d;
                }
            }
        }
    }

    /// <summary>A level target's cells in a sparse segment: only those it holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectSparse(Segment segment, int t, int units, int day, int[]? bestDay, double[] num, double[]? den, int[] reports)
    {
        var (fromEntry, toEntry) = segment.EntriesOf(t, units);
        var cells = segment.Cells;
        var start = segment.Start;
        var days = segment.Days;
        var segmentNum = segment.Num;
        var segmentDen = segment.Den;
        var withDen = segment.HasDen;
        var all = segment.MaxDay <= day;
        var first = t * units;
        for (var e = fromEntry; e < toEntry; e++)
        {
            var from = start[e];
            var count = all ? start[e + 1] - from : Segment.CountOnOrBefore(days, from, start[e + 1] - from, day);
            if (count == 0)
            {
                continue;
            }

            var cell = cells[e];
            var index = from + count - 1;
            reports[cell] = 1;
            if (bestDay is not null)
            {
                int d = days[index];
                if (d < bestDay[cell - first])
                {
                    continue;
                }

                bestDay[cell - first] = d;
            }

            num[cell] = segmentNum[index];
            if (den is not null)
            {
                den[cell] = withDen ? segmentDen[index] : 0d;
            }
        }
    }

    /// <summary>A target under any time aggregation: each segment's partial result per cell, merged.</summary>
    private void CollectStates(Segment[] snapshot, int t, int day, TimeAggregation aggregation, double[] num, double[]? den, int[] reports)
    {
        var units = Layout.UnitCount;
        var ratio = Layout.IsRatio[t];
        var first = t * units;
        var states = new CellState[units];
        foreach (var segment in snapshot)
        {
            if (segment.MinDay > day)
            {
                continue;
            }

            var (fromEntry, toEntry) = segment.EntriesOf(t, units);
            var start = segment.Start;
            for (var e = fromEntry; e < toEntry; e++)
            {
                var from = start[e];
                var count = segment.CountOnOrBefore(from, start[e + 1], day);
                if (count > 0)
                {
                    var c = segment.CellAt(e) - first;
                    states[c] = CellState.Merge(aggregation, ratio, states[c], segment.StateOf(from, count, aggregation));
                }
            }
        }

        for (var c = 0; c < units; c++)
        {
            num[first + c] = states[c].Numerator(aggregation);
            if (den is not null)
            {
                den[first + c] = states[c].Denominator(aggregation);
            }

            reports[first + c] = TargetArithmetic.CountingReports(aggregation, states[c].Count);
        }
    }

    /// <summary>
    /// Adds every unit's value into its parent's, children first, so each unit holds its subtree's sum. A milestone
    /// combines by its scope, as the rules' <see cref="Rules.TargetArithmetic.AcrossOrgUnits"/> does: an issuer's keeps
    /// each unit's own reports; one every unit of a level owes counts each unit of the level once (its own
    /// completion over a denominator of 1) in the units above it.
    /// </summary>
    private void RollUpTree(int t, double[] num, double[]? den, int[] reports)
    {
        var offset = t * Layout.UnitCount;
        var parent = Layout.Parent;
        if (Layout.IsMilestone[t])
        {
            if (Layout.ScopeLevel[t] is { } level)
            {
                RollUpScope(offset, level, num, den!, reports);
            }
            else if (den is not null)
            {
                // An issuer's milestone is one unit's own: no units in scope to count (rows carry a denominator of 1).
                Array.Clear(den, offset, Layout.UnitCount);
            }

            return;
        }

        foreach (var u in Layout.BottomUp)
        {
            var p = parent[u];
            if (p < 0)
            {
                continue;
            }

            num[offset + p] += num[offset + u];
            if (den is not null)
            {
                den[offset + p] += den[offset + u];
            }

            reports[offset + p] += reports[offset + u];
        }
    }

    /// <summary>
    /// A milestone every unit of a level owes: each such unit counts once (its own completion over 1) in every unit
    /// above it; a unit above the level keeps its own reports only when no unit of the level is beneath it (then it
    /// owes nothing, and they are its contribution).
    /// </summary>
    private void RollUpScope(int offset, OrgUnits.OrgUnitLevel level, double[] num, double[] den, int[] reports)
    {
        var levels = Layout.Levels;
        var parent = Layout.Parent;
        List<(int Unit, double Num, int Reports)>? own = null;
        foreach (var u in Layout.BottomUp)
        {
            if (levels[u] >= level)
            {
                // A unit of the level counts once; one below it owes nothing and counts none (rows carry a denominator of 1).
                den[offset + u] = levels[u] == level ? 1d : 0d;
            }
            else if (levels[u] < level)
            {
                if (reports[offset + u] > 0)
                {
                    (own ??= []).Add((u, num[offset + u], reports[offset + u]));
                }

                (num[offset + u], den[offset + u], reports[offset + u]) = (0d, 0d, 0);
            }
        }

        foreach (var u in Layout.BottomUp)
        {
            var p = parent[u];
            if (p < 0 || levels[u] > level || den[offset + u] == 0d)
            {
                continue;
            }

            num[offset + p] += num[offset + u];
            den[offset + p] += den[offset + u];
            reports[offset + p] += reports[offset + u];
        }

        foreach (var (u, value, count) in own ?? [])
        {
            if (den[offset + u] == 0d)
            {
                (num[offset + u], reports[offset + u]) = (value, count);
            }
        }
    }
}
