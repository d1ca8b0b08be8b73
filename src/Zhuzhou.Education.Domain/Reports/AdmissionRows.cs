namespace Zhuzhou.Education.Domain.Reports;

/// <summary>A batch as <see cref="ReportAdmission"/> reads it: a row by its place, however the batch is held.</summary>
internal interface IAdmissionRows
{
    /// <summary>The rows in the batch.</summary>
    int Length { get; }

    /// <summary>The row at a place.</summary>
    /// <param name="index">Its place, from 0.</param>
    AdmissionRow this[int index] { get; }
}

/// <summary>A reader's rows, held in a span.</summary>
/// <param name="rows">The rows.</param>
internal readonly ref struct SpanRows(ReadOnlySpan<AdmissionRow> rows) : IAdmissionRows
{
    private readonly ReadOnlySpan<AdmissionRow> rows = rows;

    public int Length => rows.Length;

    public AdmissionRow this[int index] => rows[index];
}

/// <summary>Report objects, each read as a row with its object (<see cref="AdmissionRow.Of"/>) when asked.</summary>
/// <param name="reports">The reports; none null.</param>
/// <param name="admission">The admission whose plan places each report's target.</param>
internal readonly struct ReportRows(IReadOnlyList<ProgressReport> reports, ReportAdmission admission) : IAdmissionRows
{
    public int Length => reports.Count;

    public AdmissionRow this[int index] => AdmissionRow.Of(reports[index], admission.TargetIndex(reports[index].Target));
}
