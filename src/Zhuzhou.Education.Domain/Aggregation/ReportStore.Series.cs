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
    /// <param name="allocations">Explicit amounts per org unit; null for proportional shares.</param>
    /// <returns>The series; each point's figures equal those of <see cref="AsOf"/> on its date.</returns>
    /// <remarks>Computed in one pass over the reports: each (target, org unit) cell's reports are walked in day
    /// order once, adding each report's change of the cell's value to its day; running sums over the days then
    /// give every point.</remarks>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is undefined.</exception>
    public ProgressSeries Series(SeriesInterval interval, TargetAllocations? allocations = null)
    {
        if (!Enum.IsDefined(interval))
        {
            throw new ArgumentException($"Unknown interval {interval}.", nameof(interval));
        }

        allocations ??= TargetAllocations.Proportional;
        var layout = Layout;
        var points = PointDays(interval);
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var tracked = layout.Tracked.Length;
        var days = layout.DayCount;
        var pointNum = new double[layout.TargetCount][];
        var pointDen = new double[layout.TargetCount][];
        var pointCount = new int[layout.TargetCount][];
        var shares = new double[layout.TargetCount][];

        void Target(int t)
        {
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
                cursor.Reset(first + u);
                while (cursor.MoveNext(out var segment, out var index))
                {
                    var day = segment.DayAt(index);
                    double newNum, newDen;
                    if (aggregation == TimeAggregation.Level)
                    {
                        newNum = segment.NumAt(index);
                        newDen = segment.DenAt(index);
                    }
                    else
                    {
                        state = CellState.Merge(aggregation, ratio, state, CellState.Of(day, segment.SeqBase | (uint)index, segment.NumAt(index), segment.DenAt(index)));
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

            var milestoneMax = layout.IsMilestone[t] ? MilestoneSeries(snapshot, t, points) : null;
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
                        nums[at] = milestoneMax is null ? num : milestoneMax[at];
                        if (dens is not null)
                        {
                            dens[at] = den;
                        }

                        counts[at] = count;
                        next++;
                    }
                }
            }

            shares[t] = Arithmetic.Shares(t, allocations);
            pointNum[t] = nums;
            pointDen[t] = dens!;
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
        return new ProgressSeries(layout, Arithmetic, interval, dates, new SeriesCells(pointNum, pointDen, pointCount, shares));
    }

    /// <summary>
    /// A milestone's value at each point for each tracked unit: the furthest completion over the unit's subtree
    /// (a maximum does not add up from changes, so each unit's steps are read at every point).
    /// </summary>
    private double[] MilestoneSeries(Segment[] snapshot, int t, int[] points)
    {
        var layout = Layout;
        var result = new double[layout.Tracked.Length * points.Length];
        var cursor = new DayOrderCursor(snapshot);
        var aggregation = layout.TimeAggregations[t];
        for (var u = 0; u < layout.UnitCount; u++)
        {
            var slot = layout.TrackedSlot[u];
            var state = CellState.Empty;
            var value = 0d;
            var next = 0;
            cursor.Reset((t * layout.UnitCount) + u);
            while (cursor.MoveNext(out var segment, out var index))
            {
                var day = segment.DayAt(index);
                for (; next < points.Length && points[next] < day; next++)
                {
                    Record(slot, next, value);
                }

                state = CellState.Merge(aggregation, false, state, CellState.Of(day, segment.SeqBase | (uint)index, segment.NumAt(index), 0d));
                value = state.Numerator(aggregation);
            }

            for (; next < points.Length; next++)
            {
                Record(slot, next, value);
            }
        }

        return result;

        void Record(int slot, int point, double value)
        {
            result[point] = Math.Max(result[point], value);
            if (slot > 0)
            {
                result[(slot * points.Length) + point] = Math.Max(result[(slot * points.Length) + point], value);
            }
        }
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
