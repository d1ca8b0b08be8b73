using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>A target's reports read back from the columns, for explaining a figure of a store with no report objects beside it.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// The reports of one target as the store holds them: target, org unit, date and amounts (a share's numerator and
    /// denominator, its value their quotient; otherwise the value). What the store does not keep — a stage's name, the
    /// reporter, notes, evidence — is absent. The rules give the same figures from these as from the reports given.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <returns>Its reports, in no particular order.</returns>
    /// <exception cref="ArgumentException">The plan has no such target.</exception>
    internal List<ProgressReport> ReportsOf(TargetId target)
    {
        var t = Layout.TargetOf(target, nameof(target));
        var share = TargetArithmetic.IsShare(Layout.Targets[t]);
        var units = Layout.UnitCount;
        var reports = new List<ProgressReport>();
        using (Memory.Read())
        {
            foreach (var segment in Segments)
            {
                var (from, to) = segment.EntriesOf(t, units);
                for (var e = from; e < to; e++)
                {
                    var unit = Layout.Units[segment.CellAt(e) % units].Code;
                    for (var row = segment.StartAt(e); row < segment.StartAt(e + 1); row++)
                    {
                        reports.Add(Report(target, unit, segment, row, share));
                    }
                }
            }
        }

        return reports;
    }

    private ProgressReport Report(TargetId target, OrgUnitCode unit, Segment segment, int row, bool share)
    {
        var date = Layout.DateOf(segment.DayAt(row));
        var amount = (decimal)segment.NumAt(row);
        if (!share)
        {
            return new ProgressReport(target, unit, date, amount);
        }

        var denominator = (decimal)segment.DenAt(row);
        return new ProgressReport(target, unit, date, amount / denominator) { Numerator = amount, Denominator = denominator };
    }
}
