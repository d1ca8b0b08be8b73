using System.Diagnostics;
using System.Globalization;
using Zhuzhou.Education.Domain.Aggregation;

namespace Zhuzhou.Education.Domain.Benchmarks.W1;

/// <summary>
/// Two W1 figures BenchmarkDotNet does not give: the first ingest and the first query in a fresh process (before the JIT
/// has optimised anything it compiles on demand), and the memory a store keeps after ingest. Run one per
/// process: <c>dotnet run -c Release -- w1-cold 1000</c>, <c>dotnet run -c Release -- w1-memory 1000</c>.
/// </summary>
internal static class W1Measurements
{
    /// <summary>Runs a measurement named on the command line; false when the arguments name none.</summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var schools))
        {
            return false;
        }

        switch (args[0])
        {
            case "w1-cold":
                Cold(new W1Parameters(Schools: schools));
                return true;
            case "w1-memory":
                Memory(new W1Parameters(Schools: schools));
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The first ingest in the process (cold: code compiled on demand, every page fresh), the first call of the
    /// reference loop and of the engine's Q1, then 30 more of each; then ingests in the steady state (after
    /// <see cref="SteadyMemory.WarmUp"/>), median of 10, against 10 more reference loops.
    /// </summary>
    private static void Cold(W1Parameters p)
    {
        var rows = W1Workload.Generate(p);
        var plan = W1Workload.BuildPlan(p);
        var tree = W1Workload.BuildTree(p);
        var store = ReportStore.Open(plan, tree, W1Workload.Range);
        var ingestFirst = Time(() => store.Append(rows));
        var referenceFirst = Time(() => W1Workload.Reference(rows, p));
        var engineFirst = Time(() => W1Workload.Engine(store, p));
        var engineSecond = Time(() => W1Workload.Engine(store, p));
        var reference = Enumerable.Range(0, 30).Select(_ => Time(() => W1Workload.Reference(rows, p))).Order().ToList();
        var engine = Enumerable.Range(0, 30).Select(_ => Time(() => W1Workload.Engine(store, p))).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"W1 S={p.Schools} N={rows.Length}: reference first {referenceFirst:F2} ms, then median of 30 {reference[15]:F2} ms"));
        void Ingest() => ReportStore.Open(plan, tree, W1Workload.Range).Append(rows);
        var warmUps = SteadyMemory.WarmUp(Ingest, rows.Length * 12L);
        var ingest = Enumerable.Range(0, 10).Select(_ => Time(Ingest)).Order().ToList();
        var referenceAgain = Enumerable.Range(0, 10).Select(_ => Time(() => W1Workload.Reference(rows, p))).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine ingest first {ingestFirst:F2} ms ({ingestFirst / reference[15]:F3}x the reference's median); after {warmUps} more ingests, median of 10 {ingest[5]:F2} ms ({ingest[5] / referenceAgain[5]:F3}x the reference's median of 10 then, {referenceAgain[5]:F2} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine Q1 first {engineFirst:F2} ms ({engineFirst / referenceFirst:F3}x the reference's first, {engineFirst / reference[15]:F3}x its median), second {engineSecond:F2} ms, then median of 30 {engine[15]:F2} ms ({engine[15] / reference[15]:F3}x)"));
    }

    /// <summary>The managed heap (after a full collection: the store, its columns and any pooled arrays) and the resident set, before and after ingest.</summary>
    private static void Memory(W1Parameters p)
    {
        var rows = W1Workload.Generate(p);
        var plan = W1Workload.BuildPlan(p);
        var tree = W1Workload.BuildTree(p);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = Resident();
        var store = ReportStore.Open(plan, tree, W1Workload.Range);
        store.Append(rows);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var residentAfter = Resident();
        var raw = (double)rows.Length * 24;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"W1 S={p.Schools} N={rows.Length}: raw rows {raw / 1e6:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept, managed heap: {(heapAfter - heapBefore) / 1e6:F1} MB ({(heapAfter - heapBefore) / raw:F3}x the raw rows)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept, resident set: {(residentAfter - residentBefore) / 1e6:F1} MB ({(residentAfter - residentBefore) / raw:F3}x the raw rows)"));
        GC.KeepAlive(store);
    }

    private static long Resident()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static double Time(Func<(double Plan, double Checksum)> query) => Time(() => { _ = query(); });

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
