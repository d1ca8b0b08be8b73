using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// One report of a batch as <see cref="ReportAdmission"/> checks it: its fields as a reader holds them, so a plain
/// first report (进度报送) is admitted without a <see cref="ProgressReport"/> being made. The rare report — a revision,
/// a correction (冲减), one with a stage, a note or a date it became known — carries its object in
/// <see cref="Report"/>, and the checks that need it read it there.
/// </summary>
/// <remarks>
/// <para>A batch is a span of rows (<see cref="ReportAdmission.Check(ReadOnlySpan{AdmissionRow}, bool, out int)"/>),
/// in the order of the file; a problem's index is the row's place in the span. The object form,
/// <see cref="ReportAdmission.Check(IReadOnlyList{ProgressReport})"/>, makes each report a row with its object and
/// asks the same code, so a report gets the same problems whichever form it comes in.</para>
/// <para>Admitted plain rows go into a store with <c>ReportStore.TryAppendAdmitted</c>, whose amounts come from the
/// one rule of how a figure is assembled (<c>ReportStore.AmountsOf</c>).</para>
/// </remarks>
/// <param name="Target">The target's position in the plan's <see cref="Plan.Targets"/>, or −1 when the plan has no
/// target <paramref name="TargetId"/> (an error admission reports). For the evaluator's admission of one target: 0.</param>
/// <param name="TargetId">The target as written (named in messages).</param>
/// <param name="OrgUnit">The org unit's code.</param>
/// <param name="Date">The date reported.</param>
/// <param name="Value">The value as read (negative only for a correction, which is a <see cref="Report"/>).</param>
/// <param name="Numerator">A share's numerator, if given.</param>
/// <param name="Denominator">A share's denominator, if given.</param>
internal readonly record struct AdmissionRow(int Target, TargetId TargetId, OrgUnitCode OrgUnit, LocalDate Date, decimal Value, decimal? Numerator, decimal? Denominator)
{
    /// <summary>The report object of a rare report (a revision, a correction, one with details or known late); null for a plain first report.</summary>
    public ProgressReport? Report { get; init; }

    /// <summary>The revision: 0 for a plain first report.</summary>
    public int Revision => Report?.Revision ?? 0;

    /// <summary>Whether the row is a correction (a negative value).</summary>
    public bool IsCorrection => Value < 0;

    /// <summary>A report object as a row (with its object), its target at <paramref name="target"/> in the plan (−1: not there).</summary>
    public static AdmissionRow Of(ProgressReport report, int target)
        => new(target, report.Target, report.OrgUnit, report.Date, report.Value, report.Numerator, report.Denominator) { Report = report };
}
