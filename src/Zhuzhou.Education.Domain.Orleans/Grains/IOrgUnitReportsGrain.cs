using NodaTime;
using Orleans;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>
/// The grain holding the progress reports (进度报送) of one owner's org units — a county-level unit (县市区) with
/// its schools, or the root's own — or of one partition of them (<see cref="PlanPartitioning.PartitionOf"/>), in a
/// <see cref="ReportStore"/> of that subtree, durable through Orleans grain storage. Its key is "plan/owner code", or
/// "plan/owner code#partition" (see <see cref="PlanCatalog"/>); clients go through
/// <see cref="Client.ClusterReportStore"/>, which routes.
/// </summary>
/// <remarks>
/// <para>Admission: a batch is checked whole — by <see cref="ReportAdmission"/> against the plan and the owner's
/// subtree, and against the reports already held — and admitted or refused whole: a refused batch changes nothing.</para>
/// <para>Idempotency: a report is identified by its key and revision (target, org unit, date, revision number). A
/// report already held with the same value (and fraction, stage, submitted time and reason) is skipped, so a retried
/// batch never counts twice; the same key and revision with another value is an unmarked duplicate (ZR0010) and
/// refuses the batch. A later revision is added and supersedes; revisions and corrections (冲减) are checked against
/// the reports the grain holds of their target and org unit.</para>
/// </remarks>
public interface IOrgUnitReportsGrain : IGrainWithStringKey
{
    /// <summary>Checks a batch as <see cref="Append"/> would, adding nothing (the first phase of a batch spanning grains).</summary>
    /// <param name="reports">The reports, all of the org units this grain holds.</param>
    /// <returns>The receipt <see cref="Append"/> would give, with nothing added.</returns>
    Task<BatchReceipt> Check(ProgressReportBatch reports);

    /// <summary>Adds a batch whole, or refuses it whole; reports already held are skipped.</summary>
    /// <param name="reports">The reports, all of the org units this grain holds.</param>
    /// <returns>The receipt: added and already held, or the problems.</returns>
    Task<BatchReceipt> Append(ProgressReportBatch reports);

    /// <summary>This grain's partial of an as-of roll-up (<see cref="ReportStore.PartialAsOf"/>), as columns.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (only the reports and revisions known then count); null for all held.</param>
    /// <returns>The partial, as columns (<see cref="RollUpPartial.ToColumns"/>).</returns>
    Task<RollUpColumns> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null);

    /// <summary>
    /// This grain's subtree totals as of a date (<see cref="ReportStore.SubtreeTotalsAsOf"/>): one cell a target for
    /// the owner's whole subtree (milestones: each unit's own). The grain of the root's own reports, or of one
    /// partition of an owner (which holds part of its subtree), gives its partial (<see cref="PartialAsOf"/>) instead.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (only the reports and revisions known then count); null for all held.</param>
    /// <returns>The totals, or the partial, as columns.</returns>
    Task<RollUpColumns> TotalsAsOf(LocalDate asOf, LocalDate? knownOn = null);

    /// <summary>The number of reports held.</summary>
    /// <returns>The count.</returns>
    Task<long> Count();
}
