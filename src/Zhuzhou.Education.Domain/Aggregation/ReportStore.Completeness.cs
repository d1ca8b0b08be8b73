using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>Reporting completeness (as DHIS2's reporting rates).</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// Reporting completeness as of a date, per target and org unit: the reports expected (one per reporting
    /// period of the target's <see cref="Target.ReportingFrequency"/> that has ended by the date) against the
    /// periods for which a report was received, as DHIS2's reporting rates.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge, as for <see cref="AsOf"/>: a period counts as received only when
    /// a report of it was known then; null for all that is held.</param>
    /// <returns>The completeness, detached from the store.</returns>
    /// <remarks>The leaf units of the tree (schools, or counties in a tree without schools) are the ones expected
    /// to report; a parent's figures are the sums of its leaves'. Periods are calendar months, ISO weeks,
    /// calendar quarters or years, cut to the store's range; a period counts once it has ended.</remarks>
    public ReportingCompleteness Completeness(LocalDate asOf, LocalDate? knownOn = null)
    {
        var layout = Layout;
        using var read = Memory.Read();
        var snapshot = Volatile.Read(ref segments);
        var held = rare;
        int? known = knownOn is { } k ? layout.DayNumber(k) : null;
        var cells = layout.CellCount;
        var expected = new int[cells];
        var received = new int[cells];
        var missedLast = new bool[cells];

        void Target(int t)
        {
            var periods = PeriodOf(layout.Targets[t].ReportingFrequency);
            var complete = CompletePeriods(periods, asOf);
            var cursor = new DayOrderCursor(snapshot);
            var first = t * layout.UnitCount;
            for (var u = 0; u < layout.UnitCount; u++)
            {
                if (!layout.IsLeaf[u])
                {
                    continue;
                }

                var cell = first + u;
                var count = 0;
                var last = -1;
                cursor.Reset(cell);
                var side = known is null ? null : held.GetValueOrDefault(cell);
                while (cursor.MoveNext(out var segment, out var index))
                {
                    int day = segment.DayAt(index);
                    var period = periods[day];
                    if (period >= complete)
                    {
                        break;
                    }

                    if (known is { } knownDay && KnownDay(side, day) > knownDay)
                    {
                        continue;
                    }

                    count += period != last ? 1 : 0;
                    last = period;
                }

                expected[cell] = complete;
                received[cell] = count;
                missedLast[cell] = complete > 0 && last != complete - 1;
            }

            foreach (var u in layout.BottomUp)
            {
                var p = layout.Parent[u];
                if (p >= 0)
                {
                    expected[first + p] += expected[first + u];
                    received[first + p] += received[first + u];
                }
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

        return new ReportingCompleteness(layout, asOf, expected, received, missedLast);
    }

    /// <summary>
    /// The day a segment's row became known: its own day, unless the side table holds its first report known later —
    /// then the earliest any report of the day (the first, or a revision) was known.
    /// </summary>
    private static int KnownDay(ImmutableSortedDictionary<int, ImmutableArray<Kept>>? side, int day)
        => side is not null && side.TryGetValue(day, out var kept) && kept.Any(k => k.Revision == 0 && !k.Report.IsCorrection)
            ? kept.Where(k => !k.Report.IsCorrection).Min(k => k.KnownDay)
            : day;

    /// <summary>How many periods have ended by the date: those before the period of the next day.</summary>
    private int CompletePeriods(int[] periods, LocalDate asOf)
    {
        if (asOf < Range.Start)
        {
            return 0;
        }

        var day = Layout.DayNumber(asOf);
        return day >= Layout.DayCount - 1 ? periods[^1] + 1 : periods[day + 1];
    }

    /// <summary>The reporting period (0, 1, …) of every day of the range.</summary>
    private int[] PeriodOf(ReportingFrequency frequency)
    {
        var start = Range.Start;
        var periods = new int[Layout.DayCount];
        var offset = (int)start.DayOfWeek - 1;
        for (var day = 0; day < periods.Length; day++)
        {
            var date = start.PlusDays(day);
            var months = ((date.Year - start.Year) * 12) + date.Month - start.Month;
            periods[day] = frequency switch
            {
                ReportingFrequency.Weekly => (day + offset) / 7,
                ReportingFrequency.Quarterly => ((((date.Year - start.Year) * 12) + date.Month - 1) / 3) - ((start.Month - 1) / 3),
                ReportingFrequency.Yearly => date.Year - start.Year,
                _ => months,
            };
        }

        return periods;
    }
}
