using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Client;
using Zhuzhou.Education.Domain.Orleans.Grains;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>
/// Where a W2 run's time and memory go (<c>w2-phases</c>): each phase of the cluster's path timed on its own, in one
/// process, beside the in-process engine; and the managed heap each silo keeps.
/// </summary>
internal static class W2Phases
{
    public static bool TryRun(string[] args)
    {
        if (args is not ["w2-phases", ..])
        {
            return false;
        }

        if (args is [_, "cluster"])
        {
            ClusterOnlyAsync().GetAwaiter().GetResult();
        }
        else if (args is [_, "query"])
        {
            W2QueryPhases.RunAsync().GetAwaiter().GetResult();
        }
        else if (args is [_, "ratios"])
        {
            RatiosAsync().GetAwaiter().GetResult();
        }
        else
        {
            RunAsync().GetAwaiter().GetResult();
        }

        return true;
    }

    private static async Task RunAsync()
    {
        var data = await WarmUpAsync();
        var p = data.P;
        var heap0 = Heap();
        var inProcess = (0d, 0d);
        Time("in-process: open + append (one batch) + Q1", () => (inProcess = data.InProcess(out _)).Item2);
        data.Check("in-process engine", inProcess);
        var inProcessStore = W1Workload.OpenStore(p);
        inProcessStore.Append(data.Reports);
        var heapStore = Heap() - heap0;
        Time("in-process: Q1", () => W1Workload.Engine(inProcessStore, p).Checksum);
        inProcessStore = null;

        var catalog = W2Cluster.Catalog(p);
        var partitioning = catalog[W2Workload.PlanName];
        // What the county grains do, without Orleans: a store a county, opened and given its county's reports.
        Time("the county stores in process: open + append a county each", () =>
        {
            var held = 0L;
            foreach (var batch in data.ByCounty)
            {
                var county = ReportStore.Open(partitioning.Plan, partitioning.Subtree(partitioning.OwnerOf(batch[0].OrgUnit)));
                county.Append(batch);
                held += county.Count;
            }

            return held;
        });
        await using var cluster = await W2Cluster.StartAsync(p);
        Time("route: the client's split by grain (owner and partition)", () => cluster.Store(p).Route(data.Reports, "reports").Count);
        var serializer = cluster.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        foreach (var (form, wrap) in new (string, Func<ProgressReport[], object>)[]
        {
            ("one object a report (ImmutableArray<ProgressReport>)", b => ImmutableArray.Create(b)),
            ("columns (ProgressReportBatch)", b => ProgressReportBatch.Create(b)),
        })
        {
            var bytes = 0L;
            var batches = data.ByCounty.Select(wrap).ToArray();
            byte[][] wire = [];
            Time("serialize county batches, " + form, () =>
            {
                wire = [.. batches.Select(b => serializer.SerializeToArray(b))];
                bytes = wire.Sum(w => (long)w.Length);
                return bytes;
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes:N0} bytes, {(double)bytes / data.Reports.Length:F1} a report"));
            Time("deserialize county batches, " + form, () => wire.Sum(w => serializer.Deserialize<object>(w) is IReadOnlyCollection<ProgressReport> c ? c.Count : 0));
        }

        // The grains' durable columns (HeldReports), as each county grain writes them after its batch, through Orleans' serializer.
        var states = data.ByCounty.Select(b =>
        {
            var held = new HeldReports();
            held.EnsureCapacity(b.Length);
            for (var i = 0; i < b.Length; i++)
            {
                held.Add(b[i], b[i].Target.Ordinal, i % 512, b[i].Date.DayOfYear);
            }

            return held;
        }).ToArray();
        byte[][] written = [];
        Time("serialize the county grains' states (HeldReports)", () =>
        {
            written = [.. states.Select(serializer.SerializeToArray)];
            return written.Sum(w => (long)w.Length);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {written.Sum(w => (long)w.Length):N0} bytes, {(double)written.Sum(w => (long)w.Length) / data.Reports.Length:F1} a report"));
        Time("deserialize the county grains' states", () => written.Sum(w => serializer.Deserialize<HeldReports>(w)!.Count));
        states = [];
        written = [];

        var store = cluster.Store(p);
        var heapCluster = await AppendToClusterAsync(data, store, "the in-process engine's and WORKLOAD.md's");
        await TimeAsync("cluster: Q1 (plan grain fan-out + merge, client roll-up)", async () => (await data.QueryAsync(store)).Checksum);

        var owners = partitioning.Owners;
        var asOf = W1Workload.AsOfDate(p);
        RollUpColumns[] columns = [];
        await TimeAsync("  fan-out from the client: every owner's PartialAsOf", async () =>
        {
            columns = await Task.WhenAll(owners.Select(o => cluster.Cluster.Client.GetGrain<IOrgUnitReportsGrain>(W2Workload.PlanName + "/" + o.Value).PartialAsOf(asOf)));
            return columns.Length;
        });
        var plan = partitioning.Plan;
        RollUpPartial merged = null!;
        Time("  merge: partials read from columns, merged", () =>
        {
            merged = RollUpPartial.Merge(plan, asOf, columns.Select(c => RollUpPartial.FromColumns(plan, asOf, c)));
            return merged.ToColumns().Cells.Length;
        });
        await TimeAsync("  plan grain: fan-out + merge + columns back", async () => (await cluster.Cluster.Client.GetGrain<IPlanReportsGrain>(W2Workload.PlanName).PartialAsOf(asOf)).Cells.Length);
        var rollUpStore = ReportStore.Open(plan, partitioning.Tree);
        Time("  roll-up of the merged partial + Q1", () => W1Workload.Q1(rollUpStore.RollUp(merged), p).Checksum);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed heap kept: in-process store {heapStore / 1e6:F1} MB; cluster {heapCluster / 1e6:F1} MB ({heapCluster / 3e6:F1} MB a silo on average); raw rows {data.Reports.Length * 24 / 1e6:F1} MB"));
        var stats = await cluster.Cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        foreach (var silo in stats.Where(s => s.GrainType.Contains("OrgUnitReports", StringComparison.OrdinalIgnoreCase)).GroupBy(s => s.SiloAddress))
        {
            var grains = silo.Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  silo {silo.Key}: {grains} report grains, ≈ {heapCluster * grains / (double)owners.Length / 1e6:F1} MB"));
        }
    }

    /// <summary>The cluster's append and query alone (<c>w2-phases cluster</c>), for a profiler.</summary>
    private static async Task ClusterOnlyAsync()
    {
        var data = W2Data.Current;
        var p = data.P;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"W2 T={p.Targets} C={p.Counties} S={p.Schools} R={p.Reports}: {data.Reports.Length:N0} reports"));
        await using var cluster = await W2Cluster.StartAsync(p);
        var store = cluster.Store(p);
        var heapCluster = await AppendToClusterAsync(data, store, "WORKLOAD.md's and the reference loop's");
        for (var i = 0; i < 5; i++)
        {
            await TimeAsync("cluster: Q1", async () => (await data.QueryAsync(store)).Checksum);
        }

        await PerSiloAsync(cluster, heapCluster, W2Cluster.Catalog(p)[W2Workload.PlanName].GrainKeys.Length);
    }

    /// <summary>
    /// The cluster's end to end, timed (route, append every county, Q1), its figures checked and written; returns the
    /// heap the cluster grew by.
    /// </summary>
    private static async Task<long> AppendToClusterAsync(W2Data data, ClusterReportStore store, string equalTo)
    {
        var heapBefore = Heap();
        var clustered = (0d, 0d);
        await TimeAsync("cluster: route + append every county (6 in flight) + Q1", async () => (clustered = await data.ClusterAsync(store)).Item2);
        data.Check("3-silo cluster", clustered);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plan {clustered.Item1:F9} checksum {clustered.Item2:F9}, equal to {equalTo}"));
        return Heap() - heapBefore;
    }

    /// <summary>
    /// Warm-up: the whole path once on a small W2, both sides (and Q1 from every unit's cells where asked), so that what
    /// follows is not timing the JIT; then the W2 to measure, named on the console.
    /// </summary>
    internal static async Task<W2Data> WarmUpAsync(bool everyUnit = false)
    {
        var small = W2Data.Small();
        small.Check("in-process engine, warm-up", small.InProcess(out _));
        await using (var warm = await W2Cluster.StartAsync(small.P))
        {
            var warmStore = warm.Store(small.P);
            small.Check("3-silo cluster, warm-up", await small.ClusterAsync(warmStore));
            if (everyUnit)
            {
                small.Check("3-silo cluster, warm-up of Q1 from every unit", await small.QueryEveryUnitAsync(warmStore));
            }
        }

        var data = W2Data.Current;
        var p = data.P;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"W2 T={p.Targets} C={p.Counties} S={p.Schools} R={p.Reports}: {data.Reports.Length:N0} reports"));
        return data;
    }

    /// <summary>
    /// The figures of issue 14 alone (<c>w2-phases ratios</c>), in one run: end to end and Q1 on each side, and the heap
    /// each keeps — without the serialization phases, so that W2 at its defaults fits in a run.
    /// </summary>
    private static async Task RatiosAsync()
    {
        // Q1 takes tens of milliseconds on either side, and a call can meet a collection of a heap of gigabytes: nine
        // calls a side give a median that three did not (three quiet runs at the defaults gave 1.1×, 2.6× and 5.9×).
        const int QueryCalls = 9;
        var data = await WarmUpAsync();
        var p = data.P;
        var heap0 = Heap();
        ReportStore? inProcessStore = null;
        var inProcess = (0d, 0d);
        Time("in-process: open + append (one batch) + Q1", () => (inProcess = data.InProcess(out inProcessStore)).Item2);
        data.Check("in-process engine", inProcess);
        var heapStore = Heap() - heap0;
        for (var i = 0; i < QueryCalls; i++)
        {
            Time("in-process: Q1", () => W1Workload.Engine(inProcessStore!, p).Checksum);
        }

        inProcessStore = null;
        await using var cluster = await W2Cluster.StartAsync(p);
        var store = cluster.Store(p);
        var heapCluster = await AppendToClusterAsync(data, store, "the in-process engine's and WORKLOAD.md's");
        for (var i = 0; i < QueryCalls; i++)
        {
            await TimeAsync("cluster: Q1 (counties' subtree totals)", async () => (await data.QueryAsync(store)).Checksum);
        }

        for (var i = 0; i < 3; i++)
        {
            await TimeAsync("cluster: Q1 from every unit's cells", async () => (await data.QueryEveryUnitAsync(store)).Checksum);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap kept by the in-process store: {heapStore / 1e6:F1} MB"));
        await PerSiloAsync(cluster, heapCluster, W2Cluster.Catalog(p)[W2Workload.PlanName].GrainKeys.Length);
    }

    internal static async Task PerSiloAsync(W2Cluster cluster, long heapCluster, int grainCount)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap kept by the cluster: {heapCluster / 1e6:F1} MB"));
        var stats = await cluster.Cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        foreach (var silo in stats.Where(s => s.GrainType.Contains("OrgUnitReports", StringComparison.OrdinalIgnoreCase)).GroupBy(s => s.SiloAddress))
        {
            var grains = silo.Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  silo {silo.Key}: {grains} report grains, ≈ {heapCluster * grains / (double)grainCount / 1e6:F1} MB"));
        }
    }

    internal static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    internal static double Time(string what, Func<double> run)
    {
        Heap();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = Collections();
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        Report(what, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, collections);
        return result;
    }

    internal static async Task<double> TimeAsync(string what, Func<Task<double>> run)
    {
        Heap();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = Collections();
        var watch = Stopwatch.StartNew();
        var result = await run();
        watch.Stop();
        Report(what, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated, collections);
        return result;
    }

    // Collections so far by generation (0, 1, 2) and the time the process has spent paused in them.
    private static (int Gen0, int Gen1, int Gen2, TimeSpan Paused) Collections()
        => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    private static void Report(string what, TimeSpan elapsed, long allocated, (int Gen0, int Gen1, int Gen2, TimeSpan Paused) before)
    {
        var after = Collections();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-60} {elapsed.TotalMilliseconds,10:F1} ms {allocated / 1e6,10:F1} MB allocated; GCs gen0/1/2 {after.Gen0 - before.Gen0}/{after.Gen1 - before.Gen1}/{after.Gen2 - before.Gen2}, paused {(after.Paused - before.Paused).TotalMilliseconds:F0} ms"));
    }
}
