using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>A target's reports read back from the store, for explaining a figure of a store with no report objects beside it.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The reports of one target as the store holds them, every revision: the rare ones (revisions, corrections,
    /// reports known late) as they were given; a first report from the columns, with what they keep — org unit, date
    /// and amounts (a share's numerator and denominator, its value their quotient), no stage name, reporter or notes.
    /// The rules give the same figures from these as from the reports given.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <returns>Its reports, by org unit.</returns>
    /// <exception cref="ArgumentException">The plan has no such target.</exception>
    internal List<ProgressReport> ReportsOf(TargetId target)
    {
        var t = Layout.TargetOf(target, nameof(target));
        var reports = new List<ProgressReport>();
        using (Memory.Read())
        {
            var snapshot = Volatile.Read(ref segments);
            var cursor = new DayOrderCursor(snapshot);
            for (var u = 0; u < Layout.UnitCount; u++)
            {
                // A first report's row, unless the side table keeps that first report itself (known late, or a correction).
                var cell = (t * Layout.UnitCount) + u;
                var side = rare.GetValueOrDefault(cell);
                cursor.Reset(cell);
                while (cursor.MoveNext(out var segment, out var index))
                {
                    int day = segment.DayAt(index);
                    if (side is null || !side.TryGetValue(day, out var kept) || !kept.Any(k => k.Revision == 0))
                    {
                        reports.Add(ReportOf(t, Layout.Units[u].Code, day, segment.NumAt(index), segment.DenAt(index)));
                    }
                }

                reports.AddRange(side?.Values.SelectMany(k => k.Select(x => x.Report)) ?? []);
            }
        }

        return reports;
    }

    /// <summary>Whether a target has a revision or a correction (a cell read on the slow path).</summary>
    /// <param name="target">The target.</param>
    /// <returns>Whether any of its cells is revised.</returns>
    internal bool IsRevised(TargetId target) => RareCells(Layout.TargetOf(target, nameof(target)), null).Any();
}
