using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Orleans;
using Orleans.Runtime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Client;

/// <summary>
/// A plan's reports held by an Orleans cluster, with the shape of the in-process <see cref="ReportStore"/>: append
/// batches of progress reports (进度报送), ask for the as-of roll-up — and get the same <see cref="AsOfResult"/>,
/// figure for figure, as one store holding every report would give.
/// </summary>
/// <remarks>
/// <para>Appending: the batch is split by the grain holding each org unit's reports (its owner,
/// <see cref="PlanPartitioning.OwnerOf"/>, and the owner's partition, <see cref="PlanPartitioning.PartitionOf"/>);
/// the grains admit their parts by <see cref="ReportAdmission"/>, and a refusal is explained here by the batch's own
/// numbering. A batch for one grain is admitted or refused whole by it; a batch spanning grains is first checked by
/// each of them (adding nothing), then appended — so a report that conflicts with one already held refuses the whole batch. (Two clients racing
/// between those phases could still leave one owner's part refused; a retry of the batch is always safe.)</para>
/// <para>Faults: a call that fails because a silo went away, a message was rejected or timed out is retried (up to
/// <see cref="Attempts"/> times, waiting <see cref="RetryDelay"/> longer each time). Grains are idempotent by report
/// key, so a retried batch — even one whose first attempt was admitted — never counts twice.</para>
/// <para>Querying: the plan grain fans the query out and merges the owners' partials; this store rolls the merged
/// partial up the whole tree with the engine and the rules (<see cref="ReportStore.RollUp"/>).</para>
/// <para>Thread-safe: calls may run concurrently.</para>
/// </remarks>
public sealed class ClusterReportStore
{
    private readonly IGrainFactory grains;
    private readonly PlanPartitioning partitioning;
    private readonly Lazy<ReportStore> rollUp;

    // The grain of each of the plan's grain keys (PlanPartitioning.GrainKeys), resolved once.
    private readonly IOrgUnitReportsGrain[] owners;
    private long retries;

    /// <summary>Connects to a plan served by a cluster.</summary>
    /// <param name="grains">The cluster client (or, inside a silo, the grain factory).</param>
    /// <param name="catalog">The catalog the silos serve.</param>
    /// <param name="planName">The plan's name in the catalog.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such plan.</exception>
    public ClusterReportStore(IGrainFactory grains, PlanCatalog catalog, string planName)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(catalog);
        this.grains = grains;
        partitioning = catalog[planName];
        rollUp = new Lazy<ReportStore>(() => ReportStore.Open(partitioning.Plan, partitioning.Tree));
        owners = [.. partitioning.GrainKeys.Select(key => grains.GetGrain<IOrgUnitReportsGrain>(key))];
    }

    /// <summary>The plan.</summary>
    public Plan Plan => partitioning.Plan;

    /// <summary>The whole org unit tree.</summary>
    public OrgUnitTree Tree => partitioning.Tree;

    /// <summary>How many times a call is tried before its failure is thrown; 5 by default.</summary>
    public int Attempts { get; init; } = 5;

    /// <summary>The wait before the first retry (the n-th waits n times as long); 500 ms by default.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many calls were retried so far (tests read it to see a fault was met).</summary>
    internal long Retries => Interlocked.Read(ref retries);

    /// <summary>Adds a batch of progress reports, whole or not at all; reports the cluster already holds are skipped.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="cancellationToken">Cancels waiting between retries.</param>
    /// <returns>The receipt: how many were added and how many were already held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">A report is refused (the message gives its place and why: admission, or a
    /// report held with the same key and another value). Nothing of the batch was added.</exception>
    /// <exception cref="OrleansException">The cluster could not be reached within <see cref="Attempts"/> tries.</exception>
    public async Task<BatchReceipt> AppendAsync(IEnumerable<ProgressReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports as IReadOnlyList<ProgressReport> ?? [.. reports];

        // Routed by org unit; the grains admit their parts (the rules run once, where the reports are kept). A report
        // that cannot be routed, or a part refused, is explained here, by the batch's own numbering.
        var sent = Route(list, nameof(reports));
        if (sent.Count > 1)
        {
            var checks = await Task.WhenAll(sent.Select(p => Retry(() => p.Grain.Check(p.Reports), cancellationToken))).ConfigureAwait(false);
            ThrowIfRefused(list, checks, nameof(reports));
        }

        var receipts = await Task.WhenAll(sent.Select(p => Retry(() => p.Grain.Append(p.Reports), cancellationToken))).ConfigureAwait(false);
        ThrowIfRefused(list, receipts, nameof(reports));
        return new BatchReceipt { Added = receipts.Sum(r => r.Added), AlreadyHeld = receipts.Sum(r => r.AlreadyHeld) };
    }

    /// <summary>The merged partial of every owner as of a date (see <see cref="ReportStore.PartialAsOf"/>).</summary>
    /// <param name="date">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (bitemporal): only the reports and revisions known then count; null for all held.</param>
    /// <param name="cancellationToken">Cancels waiting between retries.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="OrleansException">The cluster could not be reached within <see cref="Attempts"/> tries.</exception>
    public async Task<RollUpPartial> PartialAsOfAsync(LocalDate date, LocalDate? knownOn = null, CancellationToken cancellationToken = default)
    {
        var planGrain = grains.GetGrain<IPlanReportsGrain>(partitioning.Name);
        var columns = await Retry(() => planGrain.PartialAsOf(date, knownOn), cancellationToken).ConfigureAwait(false);
        return RollUpPartial.FromColumns(Plan, date, columns);
    }

    /// <summary>
    /// Rolls every target up the tree as of a date (and, where asked, as known on another), as
    /// <see cref="ReportStore.AsOf"/> does for one store; what each unit owes is the plan's (its allocations).
    /// </summary>
    /// <param name="date">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (bitemporal): only the reports and revisions known then count; null for all held.</param>
    /// <param name="cancellationToken">Cancels waiting between retries.</param>
    /// <returns>The result, with the same figures one store holding every report gives.</returns>
    /// <exception cref="OrleansException">The cluster could not be reached within <see cref="Attempts"/> tries.</exception>
    public async Task<AsOfResult> AsOfAsync(LocalDate date, LocalDate? knownOn = null, CancellationToken cancellationToken = default)
        => rollUp.Value.RollUp(await PartialAsOfAsync(date, knownOn, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The as-of roll-up for the owners — the county-level units (县市区) beneath the root — and the root: every
    /// figure of theirs equals <see cref="AsOfAsync"/>'s, but each owner's grain sends its subtree's totals
    /// (<see cref="ReportStore.SubtreeTotalsAsOf"/>), one cell a target, instead of a cell a school and target; the
    /// result refuses the units beneath the owners. (With owners split into partitions it answers for every unit.)
    /// </summary>
    /// <param name="date">The as-of date.</param>
    /// <param name="knownOn">The date of knowledge (bitemporal): only the reports and revisions known then count; null for all held.</param>
    /// <param name="cancellationToken">Cancels waiting between retries.</param>
    /// <returns>The result for the owners and the root.</returns>
    /// <exception cref="OrleansException">The cluster could not be reached within <see cref="Attempts"/> tries.</exception>
    public async Task<AsOfResult> OwnersAsOfAsync(LocalDate date, LocalDate? knownOn = null, CancellationToken cancellationToken = default)
    {
        var planGrain = grains.GetGrain<IPlanReportsGrain>(partitioning.Name);
        var columns = await Retry(() => planGrain.TotalsAsOf(date, knownOn), cancellationToken).ConfigureAwait(false);
        return rollUp.Value.RollUp(RollUpPartial.FromColumns(Plan, date, columns));
    }

    /// <summary>The number of reports the cluster holds for the plan.</summary>
    /// <param name="cancellationToken">Cancels waiting between retries.</param>
    /// <returns>The count.</returns>
    /// <exception cref="OrleansException">The cluster could not be reached within <see cref="Attempts"/> tries.</exception>
    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        var planGrain = grains.GetGrain<IPlanReportsGrain>(partitioning.Name);
        return Retry(planGrain.Count, cancellationToken);
    }

    /// <summary>Splits a batch by the grain holding each report's org unit: one lookup a report, grains resolved once.</summary>
    /// <returns>Each grain with reports, and its part (the reports in the batch's order).</returns>
    /// <exception cref="ArgumentException">A report is null or of an org unit not in the tree.</exception>
    internal List<(IOrgUnitReportsGrain Grain, ProgressReportBatch Reports)> Route(IReadOnlyList<ProgressReport> list, string paramName)
    {
        var parts = new ImmutableArray<ProgressReport>.Builder?[owners.Length];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } report || !partitioning.TryGetGrainIndex(report.OrgUnit, out var grain))
            {
                ThrowIfInadmissible(list, paramName);
                throw new ArgumentException($"Report {i} cannot be routed. No report of the batch was added.", paramName);
            }

            (parts[grain] ??= ImmutableArray.CreateBuilder<ProgressReport>()).Add(report);
        }

        var sent = new List<(IOrgUnitReportsGrain, ProgressReportBatch)>();
        for (var grain = 0; grain < parts.Length; grain++)
        {
            if (parts[grain] is { } part)
            {
                sent.Add((owners[grain], ProgressReportBatch.Of(part.DrainToImmutable())));
            }
        }

        return sent;
    }

    /// <summary>Throws naming the batch's first inadmissible report (by <see cref="ReportAdmission"/>), if there is one.</summary>
    private void ThrowIfInadmissible(IReadOnlyList<ProgressReport> list, string paramName)
    {
        // What the batch shows by itself; revisions and running totals are checked by the grains, against what they hold.
        var problems = new ReportAdmission(Plan, Tree).Check(list).Where(p => p.IsError && p.Code is not (ReportDiagnosticCodes.RevisionOfNothing or ReportDiagnosticCodes.BelowZero)).ToList();
        if (problems.Count > 0)
        {
            var first = problems[0];
            var more = problems.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({problems.Count - 1} more problem(s) in the batch.)") : string.Empty;
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Report {first.Index} ({list[first.Index]}) is refused: {first.Code}: {first.Message}{more} No report of the batch was added."),
                paramName);
        }
    }

    /// <summary>Throws if a grain refused its part: naming the batch's first inadmissible report, or else the grains' problems (a report held with another value).</summary>
    private void ThrowIfRefused(IReadOnlyList<ProgressReport> list, BatchReceipt[] receipts, string paramName)
    {
        var problems = receipts.SelectMany(r => r.Problems.IsDefault ? [] : r.Problems).ToList();
        if (problems.Count > 0)
        {
            ThrowIfInadmissible(list, paramName);
            var more = problems.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({problems.Count - 1} more problem(s) in the batch.)") : string.Empty;
            throw new ArgumentException($"{problems[0]}{more} No report of the batch was added.", paramName);
        }
    }

    private async Task<T> Retry<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < Attempts && e is OrleansException or TimeoutException)
            {
                Interlocked.Increment(ref retries);
                await Task.Delay(RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
