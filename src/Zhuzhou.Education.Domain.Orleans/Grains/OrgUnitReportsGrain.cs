using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Orleans;
using Orleans.Providers;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Serialization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>The grain of <see cref="IOrgUnitReportsGrain"/>: a <see cref="ReportStore"/> of the owner's subtree, its key index, and the durable columns.</summary>
[StorageProvider(ProviderName = ClusterNames.Storage)]
internal sealed partial class OrgUnitReportsGrain(PlanCatalog catalog) : Grain<HeldReports>, IOrgUnitReportsGrain
{
    private const int RebuildChunk = 1 << 16;

    private PlanPartitioning partitioning = null!;
    private OrgUnitTree subtree = null!;
    private int partition;
    private ReportStore store = null!;
    private Dictionary<TargetId, int> targetIndex = null!;
    private Dictionary<OrgUnitCode, int> unitIndex = null!;
    private Dictionary<long, int> wireTargetIndex = null!;
    private HeldCodes codes = null!;

    // The store's range as day numbers (DateOnly.DayNumber of the ISO dates), first and last included.
    private int firstDayNumber;
    private int lastDayNumber;

    // (target, org unit, date) and revision of every report held → its row in State; built when first asked (see Held).
    private Dictionary<(long Key, int Revision), int>? heldIndex;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        partitioning = catalog[key[..slash]];
        (var owner, partition) = partitioning.ParseGrainKey(key);
        subtree = partitioning.Subtree(owner);
        store = ReportStore.Open(partitioning.Plan, subtree);
        targetIndex = partitioning.Plan.Targets.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);
        unitIndex = subtree.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);
        codes = new HeldCodes([.. partitioning.Plan.Targets.Select(t => t.Id)], [.. subtree.Units.Select(u => u.Code)], store.Range.Start);
        wireTargetIndex = targetIndex.ToDictionary(p => ((long)p.Key.Item << 32) | (uint)p.Key.Ordinal, p => p.Value);
        (firstDayNumber, lastDayNumber) = (BatchColumns.DayNumber(store.Range.Start), BatchColumns.DayNumber(store.Range.End));

        // Rebuild from the durable columns, in chunks (no report of them is refused: each was admitted once).
        for (var from = 0; from < State.Count; from += RebuildChunk)
        {
            var chunk = new ProgressReport[Math.Min(RebuildChunk, State.Count - from)];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = State.Report(from + i, codes);
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
        // Plain rows off the wire are admitted and laid out as rows (AppendRows); a batch with a revision, a correction
        // or details, or one the rows' path does not admit, goes through the reports (which say why it is refused).
        var before = State.Count;
        var receipt = (reports?.Columns is { } columns ? AppendRows(columns) : null) ?? AppendReports(reports?.Reports ?? []);
        if (!receipt.Admitted || State.Count == before)
        {
            return receipt;
        }

        // The store has checked and laid the batch out whole, and the state's columns have its rows; now they are
        // written. If the write fails, this activation is dropped (its store holds what storage does not) and the
        // caller retries.
        try
        {
            await WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            State.TruncateTo(before);
            heldIndex = null;
            DeactivateOnIdle();
            throw;
        }

        return receipt;
    }

    // The batch as report objects: appended to the store (which admits it whole or not at all), then to the state's columns.
    private BatchReceipt AppendReports(ImmutableArray<ProgressReport> list)
    {
        var (receipt, fresh) = AppendToStore(list.IsDefault ? [] : list);
        if (receipt.Admitted)
        {
            State.EnsureCapacity(State.Count + fresh.Count);
            foreach (var (report, (target, unit, day)) in fresh)
            {
                if (heldIndex is not null)
                {
                    heldIndex[Key(target, unit, day, report.Revision)] = State.Count;
                }

                State.Add(report, target, unit, day);
            }
        }

        return receipt;
    }

    public Task<RollUpColumns> PartialAsOf(LocalDate asOf, LocalDate? knownOn = null) => Task.FromResult(store.PartialAsOf(asOf, knownOn).ToColumns());

    public Task<RollUpColumns> TotalsAsOf(LocalDate asOf, LocalDate? knownOn = null)
        => Task.FromResult((HoldsWholeSubtree ? store.SubtreeTotalsAsOf(asOf, knownOn) : store.PartialAsOf(asOf, knownOn)).ToColumns());

    public Task<long> Count() => Task.FromResult(store.Count);

    // Whether this grain holds every report of its store's tree: an owner beneath the root, not split into partitions.
    private bool HoldsWholeSubtree => partitioning.Partitions == 1 && subtree.Root.Code != partitioning.Tree.Root.Code;

    /// <summary>
    /// The reports not held yet, appended to the store, which admits them (<see cref="ReportAdmission"/>, with what it
    /// holds: revisions, corrections, duplicates) whole or not at all. Only when a report cannot be placed here (not of
    /// this grain's targets, units or dates) or the store refuses the batch is it checked report by report
    /// (<see cref="Admit"/>), to say which report is refused and why, in the batch's numbering.
    /// </summary>
    private (BatchReceipt Receipt, List<(ProgressReport Report, Placed At)> Fresh) AppendToStore(ImmutableArray<ProgressReport> list)
    {
        if (Fresh(list) is not var (fresh, alreadyHeld))
        {
            var (receipt, checkedFresh) = Admit(list);
            if (receipt.Admitted && checkedFresh.Count > 0)
            {
                store.Append(checkedFresh);
            }

            return (receipt, [.. checkedFresh.Select(r => (r, Place(r)))]);
        }

        if (fresh.Count > 0)
        {
            try
            {
                store.Append(fresh.Select(f => f.Report).ToArray());
            }
            catch (ArgumentException refused)
            {
                var (receipt, _) = Admit(list);
                return (receipt.Admitted ? new BatchReceipt { Problems = [refused.Message] } : receipt, []);
            }
        }

        return (new BatchReceipt { Added = fresh.Count, AlreadyHeld = alreadyHeld }, fresh);
    }

    // The reports of a batch not held yet, each with its place in the state's columns, and how many are held; null if
    // a report is not of this grain's targets, org units (its partition's) or dates.
    private (List<(ProgressReport Report, Placed At)> Fresh, int AlreadyHeld)? Fresh(ImmutableArray<ProgressReport> list)
    {
        if (Misrouted(list).Any() || Places(list) is not { } places)
        {
            return null;
        }

        var fresh = new List<(ProgressReport, Placed)>(list.Length);
        var alreadyHeld = 0;
        var anyHeld = State.Count > 0;
        for (var i = 0; i < list.Length; i++)
        {
            var (report, (target, unit, day)) = (list[i], places[i]);
            if (anyHeld && Held.TryGetValue(Key(target, unit, day, report.Revision), out var row) && State.SameAs(row, report))
            {
                alreadyHeld++;
            }
            else
            {
                fresh.Add((report, places[i]));
            }
        }

        return (fresh, alreadyHeld);
    }

    // Where each report of a batch goes in the state's columns; null if a report is not of this grain's targets, org units or dates.
    private Placed[]? Places(ImmutableArray<ProgressReport> list)
    {
        var places = new Placed[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            if (!targetIndex.TryGetValue(list[i].Target, out var target) || !unitIndex.TryGetValue(list[i].OrgUnit, out var unit) || !store.Range.Contains(list[i].Date))
            {
                return null;
            }

            places[i] = new Placed(target, unit, Period.DaysBetween(codes.Start, list[i].Date));
        }

        return places;
    }

    private (BatchReceipt Receipt, List<ProgressReport> Fresh) Admit(ImmutableArray<ProgressReport> reports)
    {
        var list = reports.IsDefault ? [] : reports;
        var problems = new List<string>();
        foreach (var problem in new ReportAdmission(partitioning.Plan, subtree).Check(list).Where(p => p.IsError && !Historical(p)))
        {
            problems.Add(Refused(list, problem.Index, problem.Code + ": " + problem.Message));
        }

        problems.AddRange(Misrouted(list));

        var fresh = new List<ProgressReport>();
        var freshIndex = new List<int>();
        var alreadyHeld = 0;
        if (problems.Count == 0)
        {
            for (var i = 0; i < list.Length; i++)
            {
                if (!store.Range.Contains(list[i].Date))
                {
                    problems.Add(Refused(list, i, $"the date is outside the store's range {store.Range}."));
                }
                else if (Held.TryGetValue(Key(list[i]), out var row) && State.SameAs(row, list[i]))
                {
                    alreadyHeld++;
                }
                else
                {
                    fresh.Add(list[i]);
                    freshIndex.Add(i);
                }
            }
        }

        // The reports not held yet, checked with what is held of their targets and org units: a revision must revise a
        // report held, a correction must not take a running total below zero, and a report with a held key and
        // revision but another value is an unmarked duplicate (ZR0010), as on every other path.
        if (problems.Count == 0 && fresh.Count > 0)
        {
            foreach (var problem in new ReportAdmission(partitioning.Plan, subtree) { Earlier = Earlier(fresh) }.Check(fresh).Where(p => p.IsError))
            {
                problems.Add(Refused(list, freshIndex[problem.Index], problem.Code + ": " + problem.Message));
            }
        }

        return problems.Count > 0
            ? (new BatchReceipt { Problems = [.. problems] }, [])
            : (new BatchReceipt { Added = fresh.Count, AlreadyHeld = alreadyHeld }, fresh);
    }

    // The problems only the history can tell (checked below, with the reports held).
    private static bool Historical(ReportProblem problem)
        => problem.Code is ReportDiagnosticCodes.RevisionOfNothing or ReportDiagnosticCodes.BelowZero;

    // Every report held of the targets and org units of the fresh reports that need the history: revisions,
    // corrections, and those whose key is held.
    private List<ProgressReport> Earlier(List<ProgressReport> fresh)
    {
        var pairs = fresh.Where(r => r.Revision > 0 || r.IsCorrection || Held.ContainsKey(Key(r))).Select(r => (targetIndex[r.Target], unitIndex[r.OrgUnit])).ToHashSet();
        var earlier = new List<ProgressReport>();
        for (var row = 0; pairs.Count > 0 && row < State.Count; row++)
        {
            if (pairs.Contains((State.Target[row], State.OrgUnit[row])))
            {
                earlier.Add(State.Report(row, codes));
            }
        }

        return earlier;
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
            if (list[i] is { } report && subtree.Contains(report.OrgUnit) && partitioning.PartitionOf(report.OrgUnit) != partition)
            {
                yield return Refused(list, i, string.Create(CultureInfo.InvariantCulture,
                    $"org unit {report.OrgUnit} belongs to partition {partitioning.PartitionOf(report.OrgUnit)} of its owner, not {partition} (are the client and the silos given the same partition count?)."));
            }
        }
    }

    private static string Refused(ImmutableArray<ProgressReport> list, int index, string why)
        => string.Create(CultureInfo.InvariantCulture, $"Report {index} ({list[index]}) is refused: {why}");

    /// <summary>
    /// The index of the reports held by key and revision, built from the state's rows when first asked — a grain given
    /// each of its reports once (one batch, or batches of new reports only) never builds it — and kept up to date after.
    /// </summary>
    private Dictionary<(long Key, int Revision), int> Held
    {
        get
        {
            if (heldIndex is null)
            {
                heldIndex = new Dictionary<(long, int), int>(State.Count);
                for (var row = 0; row < State.Count; row++)
                {
                    heldIndex[RowKey(row)] = row;
                }
            }

            return heldIndex;
        }
    }

    private (long, int) Key(ProgressReport report)
    {
        var (target, unit, day) = Place(report);
        return Key(target, unit, day, report.Revision);
    }

    private (long, int) RowKey(int row) => Key(State.Target[row], State.OrgUnit[row], State.Day[row], State.Revision.GetValueOrDefault(row));

    // Target index (< 2^16), org unit index in the subtree (< 2^31), day in the plan period (< 2^16); and the revision.
    private static (long, int) Key(int target, int unit, int day, int revision) => ((((long)target << 48) | ((long)unit << 16) | (uint)day), revision);

    // What the durable state keeps of a report's target, org unit and date (HeldCodes reads them back).
    private Placed Place(ProgressReport report)
        => new(targetIndex[report.Target], unitIndex[report.OrgUnit], Period.DaysBetween(codes.Start, report.Date));

    /// <summary>A report's place in the state's columns: its target's index in the plan, its org unit's in the subtree, its day from the period's start.</summary>
    private readonly record struct Placed(int Target, int Unit, int Day);
}
