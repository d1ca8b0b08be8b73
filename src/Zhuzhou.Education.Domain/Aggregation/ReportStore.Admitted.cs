using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Aggregation;

/// <content>Rows admitted by <see cref="ReportAdmission"/> (<see cref="AdmissionRow"/>), put in without report objects.</content>
public sealed partial class ReportStore
{
    /// <summary>
    /// Adds plain first reports that <see cref="ReportAdmission.Check(ReadOnlySpan{AdmissionRow}, bool, out int)"/>
    /// admitted (asked with what this store holds), whole or not at all: the store's own key check finds a report
    /// repeating another's target, org unit and date, in the batch or stored, which the caller turns into admission's
    /// duplicate (<see cref="ReportAdmission.Duplicate(int, ProgressReport)"/>).
    /// </summary>
    /// <param name="rows">The rows, each plain (no <see cref="AdmissionRow.Report"/>: revisions and corrections go through <see cref="Append(IEnumerable{ProgressReport})"/>).</param>
    /// <returns>Null when the rows were added; otherwise the first bad row (its place in <paramref name="rows"/>), and nothing was added.</returns>
    /// <exception cref="ArgumentException">A row carries a report object, names a target or org unit the store does not
    /// have, or is dated outside its range (admission refuses each of these first). Nothing is added.</exception>
    internal RowFault? TryAppendAdmitted(ReadOnlySpan<AdmissionRow> rows)
    {
        var indexRows = new ReportRow[rows.Length];
        var denominators = Layout.HasRatio ? new double[rows.Length] : [];
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            Preconditions.CheckArgument(row.Report is null && Range.Contains(row.Date) && Layout.TargetIndex.ContainsKey(row.TargetId) && Layout.UnitIndex.ContainsKey(row.OrgUnit),
                nameof(rows), $"Row {i} is not a plain first report of this store's plan, tree and range.");
            var target = Layout.TargetIndex[row.TargetId];
            var (value, denominator) = AmountsOf(Layout.Targets[target], row.Value, row.Numerator, row.Denominator);
            if (denominators.Length > 0)
            {
                denominators[i] = denominator;
            }

            indexRows[i] = new ReportRow(target, Layout.UnitIndex[row.OrgUnit], Layout.DayNumber(row.Date), value);
        }

        return TryAppend(indexRows, denominators);
    }

    /// <summary>
    /// The boundary where a report's decimal amounts become the doubles the store holds: for a share with its
    /// fraction, the numerator and the denominator; otherwise the value, over 1.
    /// </summary>
    /// <param name="target">The report's target.</param>
    /// <param name="value">The report's value, admitted.</param>
    /// <param name="numerator">Its numerator, if any.</param>
    /// <param name="denominator">Its denominator, if any.</param>
    /// <returns>The value (a share's numerator) and the denominator.</returns>
    internal static (double Value, double Denominator) AmountsOf(Target target, decimal value, decimal? numerator, decimal? denominator)
        => TargetArithmetic.IsShare(target) && numerator is not null && denominator is not null
            ? ((double)numerator.Value, (double)denominator.Value)
            : ((double)value, 1d);
}
