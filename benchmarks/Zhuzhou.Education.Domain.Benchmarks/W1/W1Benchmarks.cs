using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;

namespace Zhuzhou.Education.Domain.Benchmarks.W1;

/// <summary>
/// Workload W1 (../shared/bench/WORKLOAD.md): the reference single-pass loop (baseline), the naive LINQ, and
/// the aggregation engine's ingest, as-of query, end-to-end and time series, at N ≈ 1M (S = 100) and
/// N ≈ 10M (S = 1000, the defaults) rows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(W1Config))]
public class W1Benchmarks
{
    private W1Parameters p = new();
    private ReportRow[] rows = [];
    private Plan plan = null!;
    private OrgUnitTree tree = null!;
    private ReportStore ingested = null!;

    /// <summary>Schools per county: 100 gives N = 1,008,000 rows, 1000 (the default) N = 10,080,000.</summary>
    [Params(100, 1000)]
    public int Schools { get; set; }

    /// <summary>Generates the rows once, checks them against WORKLOAD.md, and ingests them once for the query benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(ReferenceLoop), nameof(NaiveLinq), nameof(EngineQuery), nameof(EngineSeriesDaily)])]
    public void Setup()
    {
        p = new W1Parameters(Schools: Schools);
        rows = W1Workload.Generate(p);
        plan = W1Workload.BuildPlan(p);
        tree = W1Workload.BuildTree(p);
        ingested = ReportStore.Open(plan, tree, W1Workload.Range);
        ingested.Append(rows);

        var expected = Schools == 1000 ? (0.738021584, 236.163212356) : (0.737948097, 236.143391090);
        Check("reference", W1Workload.Reference(rows, p), expected);
        Check("engine", W1Workload.Engine(ingested, p), expected);
        if (Schools == 1000)
        {
            var first = rows[0];
            var last = rows[^1];
            if (first != new ReportRow(4, 8500, 81, 17) || last != new ReportRow(4, 252, 141, 32)
                || rows.Sum(r => (long)r.Day) != 1758962371 || rows.Sum(r => (long)r.Value) != 362772520
                || rows.Count(r => r.Day <= p.AsOfDay) != 5212742)
            {
                throw new InvalidOperationException("The W1 generator does not reproduce WORKLOAD.md's rows.");
            }
        }
    }

    /// <summary>
    /// The setup of the benchmarks that build a store each call: the checks above, then ingests until the process
    /// reuses its memory (<see cref="SteadyMemory"/>), so that ingest and end to end are both measured in that
    /// steady state, whatever ran before them in the process.
    /// </summary>
    [GlobalSetup(Targets = [nameof(EngineIngest), nameof(EngineEndToEnd)])]
    public void SetupSteady()
    {
        Setup();
        var calls = SteadyMemory.WarmUp(() => EngineIngest(), rows.Length * 12L);
        Console.WriteLine($"// W1 S={Schools}: {calls} ingests before the process reused its memory.");
    }

    /// <summary>The reference loop: one pass, per cell the greatest day ≤ D and its value, then the roll-up.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark(Baseline = true)]
    public double ReferenceLoop() => W1Workload.Reference(rows, p).Checksum;

    /// <summary>The naive LINQ: Where, GroupBy, MaxBy, GroupBy, Sum.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    public double NaiveLinq() => W1Workload.NaiveLinq(rows, p).Checksum;

    /// <summary>Ingest: the rows into a newly opened store (the plan and tree already built).</summary>
    /// <returns>The number of rows held.</returns>
    [Benchmark]
    public long EngineIngest()
    {
        var store = ReportStore.Open(plan, tree, W1Workload.Range);
        store.Append(rows);
        return store.Count;
    }

    /// <summary>Query: Q1 on a store that already holds the rows.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    public double EngineQuery() => W1Workload.Engine(ingested, p).Checksum;

    /// <summary>End to end: open, ingest, Q1.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    public double EngineEndToEnd()
    {
        var store = ReportStore.Open(plan, tree, W1Workload.Range);
        store.Append(rows);
        return W1Workload.Engine(store, p).Checksum;
    }

    /// <summary>Time series: completion per target, item, section and plan for every day of the year, city and counties.</summary>
    /// <returns>The plan's completion on the last day.</returns>
    [Benchmark]
    public double EngineSeriesDaily() => (double)ingested.Series(SeriesInterval.Day).Plan()[^1].Completion!.Value;

    private static void Check(string what, (double Plan, double Checksum) actual, (double Plan, double Checksum) expected)
    {
        if (Math.Round(actual.Plan, 9) != expected.Plan || Math.Round(actual.Checksum, 9) != expected.Checksum)
        {
            throw new InvalidOperationException($"W1 {what}: plan {actual.Plan:F9} checksum {actual.Checksum:F9}, expected {expected.Plan:F9} {expected.Checksum:F9}.");
        }
    }
}

/// <summary>
/// A short job in process: the naive LINQ takes a minute an operation at 10M rows on a busy machine, past the
/// default in-process limit, and building a separate process each time is slower still.
/// </summary>
public sealed class W1Config : ManualConfig
{
    /// <summary>One warm-up, three measured iterations, one launch, in process with a 30-minute limit.</summary>
    public W1Config() => AddJob(Job.ShortRun.WithWarmupCount(1).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("W1Short"));
}
