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
        var subtree = partitioning.Subtree(OrgUnitCode.Parse(key[(slash + 1)..]));
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

    public Task<BatchReceipt> Check(ImmutableArray<ProgressReport> reports)
    {
        var (receipt, _) = Admit(reports);
        return Task.FromResult(receipt);
    }

    public async Task<BatchReceipt> Append(ImmutableArray<ProgressReport> reports)
    {
        var (receipt, fresh) = Admit(reports);
        if (!receipt.Admitted || fresh.Count == 0)
        {
            return receipt;
        }

        // The store checks and lays the batch out whole first; then the columns are written. If the write fails,
        // this activation is dropped (its store holds what storage does not) and the caller retries.
        store.Append(fresh);
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

    private (BatchReceipt Receipt, List<ProgressReport> Fresh) Admit(ImmutableArray<ProgressReport> reports)
    {
        var list = reports.IsDefault ? [] : reports;
        var problems = new List<string>();
        foreach (var problem in admission.Check(list).Where(p => p.IsError))
        {
            problems.Add(Refused(list, problem.Index, problem.Code + ": " + problem.Message));
        }

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

    private static string Refused(ImmutableArray<ProgressReport> list, int index, string why)
        => string.Create(CultureInfo.InvariantCulture, $"Report {index} ({list[index]}) is refused: {why}");

    // Target index (< 2^16), org unit index in the subtree (< 2^31), day in the plan period (< 2^16).
    private long Key(ProgressReport report)
        => ((long)targetIndex[report.Target] << 48) | ((long)unitIndex[report.OrgUnit] << 16) | (uint)Period.DaysBetween(store.Range.Start, report.Date);
}
