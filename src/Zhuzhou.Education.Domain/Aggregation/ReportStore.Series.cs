using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>The progress-over-time series and the walk over a cell's reports in day order.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The figures of every target, item, section and the plan at every point of the store's range — completion
    /// against expected progress (序时进度), the data behind a progress-over-time chart — for the root (the city) and
    /// each of its children (the counties).
    /// </summary>
    /// <param name="interval">One point per day, per ISO week or per month; a point is the as-of figure on the
    /// last day of its period within the range.</param>
    /// <param name="knownOn">The date of knowledge: every point as the bureau knew it then (see <see cref="AsOf"/>); null for all that is held.</param>
    /// <returns>The series; each point's figures equal those of <see cref="AsOf"/> on its date (and date of knowledge).</returns>
    /// <remarks>Computed in one pass over the reports: each (target, org unit) cell's reports are walked in day
    /// order once, adding each report's change of the cell's value to its day; running sums over the days then
    /// give every point.</remarks>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is undefined.</exception>
    public ProgressSeries Series(SeriesInterval interval, LocalDate? knownOn = null)
    {
        if (!Enum.IsDefined(interval))
        {
            throw new ArgumentException($"Unknown interval {interval}.", nameof(interval));
        }

        var layout = Layout;
        var points = PointDays(interval);
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var tracked = layout.Tracked.Length;
        var days = layout.DayCount;
        var pointNum = new double[layout.TargetCount][];
        var pointDen = new double[]?[layout.TargetCount];
        var pointCount = new int[layout.TargetCount][];
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;

        void Target(int t)
        {
            if (layout.IsMilestone[t])
            {
                (pointNum[t], pointDen[t], pointCount[t]) = MilestoneSeries(snapshot, t, points, known);
                return;
            }

            var rareCells = RareCells(t, known).ToHashSet();
            var aggregation = layout.TimeAggregations[t];
            var ratio = layout.IsRatio[t];
            var dNum = new double[tracked * days];
            var dDen = ratio ? new double[tracked * days] : null;
            var dCount = new int[tracked * days];
            var first = t * layout.UnitCount;
            var cursor = new DayOrderCursor(snapshot);
            for (var u = 0; u < layout.UnitCount; u++)
            {
                var slot = layout.TrackedSlot[u];
                var state = CellState.Empty;
                double lastNum = 0, lastDen = 0;
                long seen = 0;
                var counting = 0;
                if (rareCells.Contains(first + u))
                {
                    var rows = EffectiveRows(snapshot, first + u, known);
                    for (var i = 0; i < rows.Count; i++)
                    {
                        Step(rows[i].Day, i, rows[i].Num, rows[i].Den);
                    }

                    continue;
                }

                cursor.Reset(first + u);
                while (cursor.MoveNext(out var segment, out var index))
                {
                    // Without a date of their own, the segments' rows are known from the day they hold for.
                    var day = segment.DayAt(index);
                    if (day > known)
                    {
                        break;
                    }

                    Step(day, segment.SeqBase | (uint)index, segment.NumAt(index), segment.DenAt(index));
                }

                void Step(int day, long seq, double rowNum, double rowDen)
                {
                    double newNum, newDen;
                    if (aggregation == TimeAggregation.Level)
                    {
                        newNum = rowNum;
                        newDen = rowDen;
                    }
                    else
                    {
                        state = CellState.Merge(aggregation, ratio, state, CellState.Of(day, seq, rowNum, rowDen));
                        newNum = state.Numerator(aggregation);
                        newDen = state.Denominator(aggregation);
                    }

                    // The reports that count: each one for increments and averages, the unit's first for the others.
                    var nowCounting = TargetArithmetic.CountingReports(aggregation, ++seen);
                    dNum[day] += newNum - lastNum;
                    dCount[day] += nowCounting - counting;
                    if (slot > 0)
                    {
                        dNum[(slot * days) + day] += newNum - lastNum;
                        dCount[(slot * days) + day] += nowCounting - counting;
                    }

                    counting = nowCounting;

                    if (dDen is not null)
                    {
                        dDen[day] += newDen - lastDen;
                        if (slot > 0)
                        {
                            dDen[(slot * days) + day] += newDen - lastDen;
                        }
                    }

                    lastNum = newNum;
                    lastDen = newDen;
                }
            }

            var nums = new double[tracked * points.Length];
            var dens = ratio ? new double[tracked * points.Length] : null;
            var counts = new int[tracked * points.Length];
            for (var k = 0; k < tracked; k++)
            {
                double num = 0, den = 0;
                var count = 0;
                var next = 0;
                for (var day = 0; day < days && next < points.Length; day++)
                {
                    num += dNum[(k * days) + day];
                    den += dDen is null ? 0d : dDen[(k * days) + day];
                    count += dCount[(k * days) + day];
                    if (day == points[next])
                    {
                        var at = (k * points.Length) + next;
                        nums[at] = num;
                        if (dens is not null)
                        {
                            dens[at] = den;
                        }

                        counts[at] = count;
                        next++;
                    }
                }
            }

            pointNum[t] = nums;
            pointDen[t] = dens;
            pointCount[t] = counts;
        }

        if (layout.CellCount < SequentialCells)
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

        var dates = points.Select(layout.DateOf).ToImmutableArray();
        return new ProgressSeries(layout, Arithmetic, interval, dates, new SeriesCells(pointNum, pointDen, pointCount));
    }

    /// <summary>
    /// A milestone's value, denominator and reports that count at each point for each tracked unit, by its scope as
    /// the as-of query combines it: each unit's own reports, walked in day order; the responsible unit's for the
    /// root of an issuer's milestone; the units of the level counted once each (over a denominator of their number)
    /// for one every unit of a level owes. A tracked unit that owes nothing shows its own.
    /// </summary>
    private (double[] Num, double[]? Den, int[] Count) MilestoneSeries(Segment[] snapshot, int t, int[] points, int? known)
    {
        var rareCells = RareCells(t, known).ToHashSet();
        var layout = Layout;
        var tracked = layout.Tracked;
        var num = new double[tracked.Length * points.Length];
        var count = new int[tracked.Length * points.Length];
        var level = layout.ScopeLevel[t];
        var inScope = level is { } l ? UnitsAtBeneath(l) : null;
        double[]? den = null;
        if (inScope is not null)
        {
            den = new double[tracked.Length * points.Length];
            for (var k = 0; k < tracked.Length; k++)
            {
                Array.Fill(den, inScope[tracked[k]], k * points.Length, points.Length);
            }
        }

        var cursor = new DayOrderCursor(snapshot);
        var aggregation = layout.TimeAggregations[t];
        for (var u = 0; u < layout.UnitCount; u++)
        {
            // Where this unit's own reports go: slot 0 is the root, then the root's children.
            var own = layout.TrackedSlot[u] > 0 && tracked[layout.TrackedSlot[u]] == u ? layout.TrackedSlot[u] : -1;
            int first = -1, second = -1;
            if (inScope is null)
            {
                (first, second) = (u == layout.Responsible[t] ? 0 : -1, own);
            }
            else if (layout.Levels[u] == level)
            {
                (first, second) = (0, layout.TrackedSlot[u] > 0 ? layout.TrackedSlot[u] : -1);
            }
            else if (own > 0 && inScope[u] == 0)
            {
                second = own;
            }

            if (first < 0 && second < 0)
            {
                continue;
            }

            var state = CellState.Empty;
            var value = 0d;
            long seen = 0;
            var next = 0;
            var cell = (t * layout.UnitCount) + u;
            if (rareCells.Contains(cell))
            {
                var rows = EffectiveRows(snapshot, cell, known);
                for (var i = 0; i < rows.Count; i++)
                {
                    Step(rows[i].Day, i, rows[i].Num);
                }
            }
            else
            {
                cursor.Reset(cell);
                while (cursor.MoveNext(out var segment, out var index) && segment.DayAt(index) <= (known ?? int.MaxValue))
                {
                    Step(segment.DayAt(index), segment.SeqBase | (uint)index, segment.NumAt(index));
                }
            }

            for (; next < points.Length; next++)
            {
                Record(first, second, next, value, seen);
            }

            void Step(int day, long seq, double rowNum)
            {
                for (; next < points.Length && points[next] < day; next++)
                {
                    Record(first, second, next, value, seen);
                }

                state = CellState.Merge(aggregation, false, state, CellState.Of(day, seq, rowNum, 0d));
                value = state.Numerator(aggregation);
                seen++;
            }
        }

        return (num, den, count);

        void Record(int first, int second, int point, double value, long seen)
        {
            var counting = TargetArithmetic.CountingReports(aggregation, seen);
            foreach (var slot in (ReadOnlySpan<int>)[first, second])
            {
                if (slot >= 0)
                {
                    num[(slot * points.Length) + point] += value;
                    count[(slot * points.Length) + point] += counting;
                }
            }
        }
    }

    /// <summary>For each unit, how many units of a level are at or beneath it.</summary>
    private int[] UnitsAtBeneath(OrgUnits.OrgUnitLevel level)
    {
        var layout = Layout;
        var counts = new int[layout.UnitCount];
        foreach (var u in layout.BottomUp)
        {
            counts[u] += layout.Levels[u] == level ? 1 : 0;
            if (layout.Parent[u] >= 0)
            {
                counts[layout.Parent[u]] += counts[u];
            }
        }

        return counts;
    }

    private int[] PointDays(SeriesInterval interval)
    {
        var layout = Layout;
        var points = new List<int>();
        for (var day = 0; day < layout.DayCount; day++)
        {
            var date = layout.DateOf(day);
            var last = day == layout.DayCount - 1
                || interval == SeriesInterval.Day
                || (interval == SeriesInterval.Week && date.DayOfWeek == IsoDayOfWeek.Sunday)
                || (interval == SeriesInterval.Month && date.PlusDays(1).Month != date.Month);
            if (last)
            {
                points.Add(day);
            }
        }

        return [.. points];
    }
}
