using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Orleans;
using Zhuzhou.Education.Domain.OrgUnits;
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
    private ProgressReportBatch(ImmutableArray<ProgressReport> reports, BatchKeys? keys = null)
    {
        Reports = reports;
        Keys = keys;
    }

    /// <summary>The number of reports.</summary>
    public int Count => Reports.Length;

    /// <summary>The reports, in order.</summary>
    internal ImmutableArray<ProgressReport> Reports { get; }

    /// <summary>The reports' targets, org units and dates as they came over the wire; null for a batch made in this process.</summary>
    internal BatchKeys? Keys { get; }

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

    /// <summary>A batch read from the wire, with the keys its reports were read from.</summary>
    internal static ProgressReportBatch Of(ImmutableArray<ProgressReport> reports, BatchKeys keys) => new(reports, keys);
}

/// <summary>
/// The keys of a batch's reports as the wire carries them: a report's target (item in the high 32 bits, ordinal in the
/// low), its org unit as an index into the batch's distinct codes, its date as a day number
/// (<see cref="DateOnly.DayNumber"/> of the ISO date) — so a grain places a batch with one lookup a distinct code, not
/// one a report.
/// </summary>
internal sealed record BatchKeys(long[] Targets, OrgUnitCode[] Codes, int[] OrgUnits, int[] DayNumbers);
