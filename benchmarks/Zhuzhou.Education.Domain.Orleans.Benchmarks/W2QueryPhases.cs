using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Grains;
using static Zhuzhou.Education.Domain.Orleans.Benchmarks.W2Phases;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>
/// Where Q1's time goes on the cluster (<c>w2-phases query</c>), phase by phase in one process: each county's store
/// query (the grains' work, here in one thread), the partial's columns through Orleans' serializer and back, the merge,
/// the roll-up up the tree and Q1's evaluation; then the same path through the cluster, from the client straight to
/// the grains and through the plan grain — for every unit's cells and for the counties' subtree totals.
/// </summary>
internal static class W2QueryPhases
{
    public static async Task RunAsync()
    {
        var data = await W2Phases.WarmUpAsync(everyUnit: true);
        var p = data.P;
        var asOf = W1Workload.AsOfDate(p);
        var inProcess = W1Workload.OpenStore(p);
        inProcess.Append(data.Reports);
        for (var i = 0; i < 3; i++)
        {
            Time("in-process: Q1 (AsOf + evaluation)", () => W1Workload.Engine(inProcess, p).Checksum);
        }

        Time("in-process: AsOf alone", () => inProcess.AsOf(asOf).AsOf.Day);
        var partitioning = W2Cluster.Catalog(p)[W2Workload.PlanName];
        var plan = partitioning.Plan;
        var rollUpStore = ReportStore.Open(plan, partitioning.Tree);
        inProcess = null;

        // The grains' stores, here in this process: each owner's subtree with its reports.
        var byOwner = data.Reports.GroupBy(r => partitioning.OwnerOf(r.OrgUnit)).ToDictionary(g => g.Key, g => g.ToArray());
        var stores = partitioning.Owners.Select(o =>
        {
            var store = ReportStore.Open(plan, partitioning.Subtree(o));
            store.Append(byOwner.GetValueOrDefault(o, []));
            return (Owner: o, Store: store);
        }).ToArray();
        var root = partitioning.Tree.Root.Code;
        await using var cluster = await W2Cluster.StartAsync(p);
        var serializer = cluster.Cluster.Client.ServiceProvider.GetRequiredService<Serializer>();
        foreach (var (form, query) in new (string, Func<ReportStore, bool, RollUpPartial>)[]
        {
            ("every unit's cells", (s, _) => s.PartialAsOf(asOf)),
            ("subtree totals", (s, isRoot) => isRoot ? s.PartialAsOf(asOf) : s.SubtreeTotalsAsOf(asOf)),
        })
        {
            Console.WriteLine("-- " + form);
            RollUpPartial[] partials = [];
            Time("  121 stores queried, one after another", () => (partials = [.. stores.Select(s => query(s.Store, s.Owner == root))]).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {partials.Sum(x => x.ToColumns().Cells.Length):N0} cells"));
            byte[][] wire = [];
            Time("  their columns serialized (Orleans)", () => (wire = [.. partials.Select(x => serializer.SerializeToArray(x.ToColumns()))]).Sum(w => (double)w.Length));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {wire.Sum(w => (long)w.Length):N0} bytes"));
            RollUpColumns[] back = [];
            Time("  deserialized", () => (back = [.. wire.Select(w => serializer.Deserialize<RollUpColumns>(w)!)]).Length);
            RollUpPartial merged = null!;
            Time("  read from columns (checked) and merged", () => (merged = RollUpPartial.Merge(plan, asOf, back.Select(c => RollUpPartial.FromColumns(plan, asOf, c)))).ToColumns().Cells.Length);
            AsOfResult result = null!;
            Time("  rolled up the tree (whole-tree store)", () => (result = rollUpStore.RollUp(merged)).AsOf.Day);
            Time("  Q1's evaluation (city + 120 counties × 32 targets)", () => W1Workload.Q1(result, p).Checksum);
        }

        stores = [];
        var client = cluster.Store(p);
        await TimeAsync("cluster: route + append every county (6 in flight) + Q1", async () => (await data.ClusterAsync(client)).Checksum);
        var grains = partitioning.GrainKeys.Select(k => cluster.Cluster.Client.GetGrain<IOrgUnitReportsGrain>(k)).ToArray();
        var planGrain = cluster.Cluster.Client.GetGrain<IPlanReportsGrain>(W2Workload.PlanName);
        for (var i = 0; i < 2; i++)
        {
            await TimeAsync("cluster: Q1 from every unit (AsOfAsync)", async () => (await data.QueryEveryUnitAsync(client)).Checksum);
            await TimeAsync("  the client asks each grain's PartialAsOf", async () => (await Task.WhenAll(grains.Select(g => g.PartialAsOf(asOf)))).Sum(c => (double)c.Cells.Length));
            await TimeAsync("  the plan grain's PartialAsOf (fan-out, merge, back)", async () => (await planGrain.PartialAsOf(asOf)).Cells.Length);
            await TimeAsync("cluster: Q1 from subtree totals (OwnersAsOfAsync)", async () => (await data.QueryAsync(client)).Checksum);
            await TimeAsync("  the client asks each grain's TotalsAsOf", async () => (await Task.WhenAll(grains.Select(g => g.TotalsAsOf(asOf)))).Sum(c => (double)c.Cells.Length));
            await TimeAsync("  the plan grain's TotalsAsOf (fan-out, merge, back)", async () => (await planGrain.TotalsAsOf(asOf)).Cells.Length);
        }
    }
}
