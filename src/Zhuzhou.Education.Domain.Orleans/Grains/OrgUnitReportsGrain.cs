using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Orleans;
using Orleans.Providers;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>The grain of <see cref="IOrgUnitReportsGrain"/>: a <see cref="ReportStore"/> of the owner's subtree, its key index, and the durable columns.</summary>
[StorageProvider(ProviderName = ClusterNames.Storage)]
internal sealed class OrgUnitReportsGrain(PlanCatalog catalog) : Grain<HeldReports>, IOrgUnitReportsGrain
{
    private const int RebuildChunk = 1 << 16;

    private PlanPartitioning partitioning = null!;
    private int partition;
    private ReportStore store = null!;
    private ReportAdmission admission = null!;
    private Dictionary<TargetId, int> targetIndex = null!;
    private Dictionary<OrgUnitCode, int> unitIndex = null!;

    // (target, org unit, date) of every report held → its row in State.
    private readonly Dictionary<long, int> held = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        partitioning = catalog[key[..slash]];
        (var owner, partition) = partitioning.ParseGrainKey(key);
        var subtree = partitioning.Subtree(owner);
        store = ReportStore.Open(partitioning.Plan, subtree);
        admission = new ReportAdmission(partitioning.Plan, subtree);
        targetIndex = partitioning.Plan.Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        unitIndex = subtree.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);

        // Rebuild from the durable columns, in chunks (no report of them is refused: each was admitted once).
        for (var from = 0; from < State.Count; from += RebuildChunk)
        {
            var chunk = new ProgressReport[Math.Min(RebuildChunk, State.Count - from)];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = State.Report(from + i);
                held[Key(chunk[i])] = from + i;
            }

            store.Append(chunk);
        }

        return Task.CompletedTask;
    }

    public Task<BatchReceipt> Check(ProgressReportBatch reports)
    {
        var (receipt, _) = Admit(reports?.Reports ?? []);
        return Task.FromResult(receipt);
    }

    public async Task<BatchReceipt> Append(ProgressReportBatch reports)
    {
        var (receipt, fresh) = Sort(reports?.Reports ?? []);
        if (!receipt.Admitted || fresh.Count == 0)
        {
            return receipt;
        }

        // The store admits the new reports (ReportAdmission, once) and lays them out whole, or refuses them; a refusal
        // is then explained report by report, as Check does, with the batch's own numbering. Then the columns are
        // written. If the write fails, this activation is dropped (its store holds what storage does not) and the
        // caller retries.
        try
        {
            store.Append(fresh);
        }
        catch (ArgumentException refused)
        {
            var (explained, _) = Admit(reports!.Reports);
            return explained.Admitted ? new BatchReceipt { Problems = [refused.Message] } : explained;
        }

        var before = State.Count;
        foreach (var report in fresh)
        {
            held[Key(report)] = State.Count;
            State.Add(report);
        }

        try
        {
            await WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            State.TruncateTo(before);
            DeactivateOnIdle();
            throw;
        }

        return receipt;
    }

    public Task<ImmutableArray<RollUpCell>> PartialAsOf(LocalDate asOf) => Task.FromResult(store.PartialAsOf(asOf).Cells.ToImmutableArray());

    public Task<long> Count() => Task.FromResult(store.Count);

    /// <summary>Every problem of a batch (admission, then the held reports), and the reports not held yet.</summary>
    private (BatchReceipt Receipt, List<ProgressReport> Fresh) Admit(ImmutableArray<ProgressReport> reports)
    {
        var list = reports.IsDefault ? [] : reports;
        var problems = new List<string>();
        foreach (var problem in admission.Check(list).Where(p => p.IsError))
        {
            problems.Add(Refused(list, problem.Index, problem.Code + ": " + problem.Message));
        }

        problems.AddRange(Misrouted(list));

        var fresh = new List<ProgressReport>();
        var alreadyHeld = 0;
        if (problems.Count == 0)
        {
            for (var i = 0; i < list.Length; i++)
            {
                if (!store.Range.Contains(list[i].Date))
                {
                    problems.Add(Refused(list, i, $"the date is outside the store's range {store.Range}."));
                }
                else if (!held.TryGetValue(Key(list[i]), out var row))
                {
                    fresh.Add(list[i]);
                }
                else if (State.SameAs(row, list[i]))
                {
                    alreadyHeld++;
                }
                else
                {
                    problems.Add(Refused(list, i, $"{ReportDiagnosticCodes.Duplicate}: a report of the same target, org unit and date is held with another value ({State.Report(row)}); a correction needs a revision."));
                }
            }
        }

        return problems.Count > 0
            ? (new BatchReceipt { Problems = [.. problems] }, [])
            : (new BatchReceipt { Added = fresh.Count, AlreadyHeld = alreadyHeld }, fresh);
    }

    /// <summary>
    /// The reports not held yet, and those held already (skipped), without admitting them: the store admits the new
    /// ones as it appends them. A held key with another value, or a report of another grain's units, refuses the batch.
    /// </summary>
    private (BatchReceipt Receipt, List<ProgressReport> Fresh) Sort(ImmutableArray<ProgressReport> reports)
    {
        var list = reports.IsDefault ? [] : reports;
        var problems = Misrouted(list).ToList();
        var fresh = new List<ProgressReport>(list.Length);
        var alreadyHeld = 0;
        for (var i = 0; i < list.Length && problems.Count == 0; i++)
        {
            var report = list[i] ?? throw new ArgumentException($"Report {i} is null.", nameof(reports));
            if (!TryKey(report, out var key) || !held.TryGetValue(key, out var row))
            {
                fresh.Add(report);
            }
            else if (State.SameAs(row, report))
            {
                alreadyHeld++;
            }
            else
            {
                return Admit(reports);
            }
        }

        return problems.Count > 0
            ? (new BatchReceipt { Problems = [.. problems] }, [])
            : (new BatchReceipt { Added = fresh.Count, AlreadyHeld = alreadyHeld }, fresh);
    }

    /// <summary>Reports of org units another partition of the owner holds (a client routing with another partition count).</summary>
    private IEnumerable<string> Misrouted(ImmutableArray<ProgressReport> list)
    {
        if (partitioning.Partitions == 1)
        {
            yield break;
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is { } report && unitIndex.ContainsKey(report.OrgUnit) && partitioning.PartitionOf(report.OrgUnit) != partition)
            {
                yield return Refused(list, i, string.Create(CultureInfo.InvariantCulture,
                    $"org unit {report.OrgUnit} belongs to partition {partitioning.PartitionOf(report.OrgUnit)} of its owner, not {partition} (are the client and the silos given the same partition count?)."));
            }
        }
    }

    // Target index (< 2^16), org unit index in the subtree (< 2^31), day in the plan period (< 2^16).
    private bool TryKey(ProgressReport report, out long key)
    {
        key = 0;
        if (!targetIndex.TryGetValue(report.Target, out var target) || !unitIndex.TryGetValue(report.OrgUnit, out var unit) || !store.Range.Contains(report.Date))
        {
            return false;
        }

        key = ((long)target << 48) | ((long)unit << 16) | (uint)Period.DaysBetween(store.Range.Start, report.Date);
        return true;
    }

    private static string Refused(ImmutableArray<ProgressReport> list, int index, string why)
        => string.Create(CultureInfo.InvariantCulture, $"Report {index} ({list[index]}) is refused: {why}");

    private long Key(ProgressReport report) => TryKey(report, out var key) ? key : throw new ArgumentException($"Report ({report}) is not of this grain's plan, org units and period.", nameof(report));
}
