using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Orleans;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>
/// A batch of progress reports (进度报送) on its way to an <see cref="IOrgUnitReportsGrain"/>: the reports, in order.
/// On the wire a batch travels as columns (targets, org units by their distinct codes, dates, values; the optional
/// fields only when a report of the batch has them), not as one object per report.
/// </summary>
/// <remarks>Immutable. Built from reports with <see cref="Create"/> or a collection expression.</remarks>
[Immutable]
[CollectionBuilder(typeof(ProgressReportBatch), nameof(Create))]
public sealed class ProgressReportBatch : IReadOnlyList<ProgressReport>
{
    private ImmutableArray<ProgressReport> reports;

    private ProgressReportBatch(ImmutableArray<ProgressReport> reports) => this.reports = reports;

    private ProgressReportBatch(BatchColumns columns) => Columns = columns;

    /// <summary>The number of reports.</summary>
    public int Count => Columns?.Count ?? reports.Length;

    /// <summary>The reports, in order (for a batch read from the wire, made when first asked).</summary>
    /// <exception cref="ArgumentException">A row read from the wire is not a valid report.</exception>
    internal ImmutableArray<ProgressReport> Reports
    {
        get
        {
            if (reports.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref reports, Columns!.Reports());
            }

            return reports;
        }
    }

    /// <summary>The batch's columns as they came over the wire; null for a batch made in this process.</summary>
    internal BatchColumns? Columns { get; }

    /// <summary>A report of the batch.</summary>
    /// <param name="index">Its place, from 0.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IndexOutOfRangeException">No report has that place.</exception>
    public ProgressReport this[int index] => Reports[index];

    /// <summary>A batch of reports.</summary>
    /// <param name="reports">The reports, in order; none is null.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentException">A report is null.</exception>
    public static ProgressReportBatch Create(ReadOnlySpan<ProgressReport> reports)
    {
        for (var i = 0; i < reports.Length; i++)
        {
            if (reports[i] is null)
            {
                throw new ArgumentException($"Report {i} is null.", nameof(reports));
            }
        }

        return new ProgressReportBatch([.. reports]);
    }

    /// <summary>Enumerates the reports in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ProgressReport> GetEnumerator() => ((IEnumerable<ProgressReport>)Reports).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A batch over reports already checked for null (the wire's, the client's parts).</summary>
    internal static ProgressReportBatch Of(ImmutableArray<ProgressReport> reports) => new(reports);

    /// <summary>A batch read from the wire, its reports made when first asked.</summary>
    internal static ProgressReportBatch Of(BatchColumns columns) => new(columns);
}
