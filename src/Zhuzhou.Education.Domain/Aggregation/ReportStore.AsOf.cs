using System.Buffers;
using System.Collections.Immutable;
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
        var layout = Layout;
        var day = Clamp(date);
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;

        // Reports without a date of their own (the segments' plain rows) are known from the day they hold for.
        var plainDay = knownOn is { } kd ? Math.Min(day, Clamp(kd)) : day;
        var snapshot = segments;
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

            RollUpTree(t, num, den, reports);
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

        return new AsOfResult(layout, Arithmetic, date, num, den, reports);
    }

    /// <summary>The day number of a date for a query: −1 before the range, the last day after it.</summary>
    private int Clamp(LocalDate date) => date < Range.Start ? -1 : date > Range.End ? Layout.DayCount - 1 : Layout.DayNumber(date);

    /// <summary>Each cell of one target: the merged partial result of every segment, as of a day.</summary>
    private void CollectCells(ImmutableArray<Segment> snapshot, int t, int day, double[] num, double[]? den, int[] reports)
    {
        var units = Layout.UnitCount;
        var aggregation = Layout.TimeAggregations[t];
        var ratio = Layout.IsRatio[t];
        var first = t * units;
        var end = first + units;
        if (aggregation == TimeAggregation.Level)
        {
            // The common case, without the general merge: the latest day wins, a later segment on a tie.
            // Segment by segment, so each pass runs down one segment's columns in order.
            var bestDay = ArrayPool<int>.Shared.Rent(units);
            Array.Fill(bestDay, -1, 0, units);
            foreach (var segment in snapshot)
            {
                var start = segment.Start;
                var days = segment.Days;
                var segmentNum = segment.Num;
                var segmentDen = segment.Den;
                for (var c = 0; c < units; c++)
                {
                    var cell = first + c;
                    var from = start[cell];
                    var seen = Segment.CountOnOrBefore(days, from, start[cell + 1] - from, day);
                    if (seen == 0)
                    {
                        continue;
                    }

                    // Of a level only the latest report counts (TargetArithmetic.CountingReports).
                    var index = from + seen - 1;
                    reports[cell] = 1;
                    int d = days[index];
                    if (d >= bestDay[c])
                    {
                        bestDay[c] = d;
                        num[cell] = segmentNum[index];
                        if (den is not null)
                        {
                            den[cell] = segmentDen is null ? 0d : segmentDen[index];
                        }
                    }
                }
            }

            ArrayPool<int>.Shared.Return(bestDay);
            return;
        }

        for (var cell = first; cell < end; cell++)
        {
            var state = CellState.Empty;
            foreach (var segment in snapshot)
            {
                state = CellState.Merge(aggregation, ratio, state, segment.StateAt(cell, segment.LastOnOrBefore(cell, day), aggregation));
            }

            num[cell] = state.Numerator(aggregation);
            if (den is not null)
            {
                den[cell] = state.Denominator(aggregation);
            }

            reports[cell] = TargetArithmetic.CountingReports(aggregation, state.Count);
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
