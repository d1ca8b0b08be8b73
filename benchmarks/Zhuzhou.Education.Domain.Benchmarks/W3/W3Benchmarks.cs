using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;

namespace Zhuzhou.Education.Domain.Benchmarks.W3;

/// <summary>
/// Workload W3 (../shared/bench/WORKLOAD.md): W1's rows in reporting rounds — sorted by day, appended one day at a
/// time — against one bulk append of the same rows, at N ≈ 1M (S = 100) and N ≈ 10M (S = 1000). Three figures,
/// each a category with its own baseline: the appends, Q1 (D = 180) on the store each way, and the 12 month-end
/// queries against the reference loop over the rows appended by then.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(W1Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class W3Benchmarks
{
    // D → plan for T=32 C=9 R=35, computed independently (a Python transcription of WORKLOAD.md).
    private static readonly double[] PlanS100 = [0.138191338, 0.277154309, 0.415832554, 0.544820117, 0.649425165, 0.735382207, 0.806210066, 0.863683562, 0.909195032, 0.944556041, 0.970648648, 0.983324459];
    private static readonly double[] PlanS1000 = [0.138161751, 0.276320659, 0.414498621, 0.543419285, 0.648794376, 0.735459301, 0.806372311, 0.863846268, 0.909530522, 0.944945540, 0.970762200, 0.983244208];

    private W3Workload workload = null!;
    private ReportStore bulk = null!;
    private ReportStore daily = null!;
    private ReportStore[] monthEnds = [];

    /// <summary>Schools per county: 100 gives N = 1,008,000 rows, 1000 (the default) N = 10,080,000.</summary>
    [Params(100, 1000)]
    public int Schools { get; set; }

    /// <summary>
    /// Generates the rows, builds the stores each way (and one per month end), and checks the 12 month-end plan
    /// figures of the daily appends against the pinned values and the reference loop.
    /// </summary>
    [GlobalSetup(Targets = [nameof(QueryAfterBulk), nameof(QueryAfterDaily), nameof(ReferenceMonthEnds), nameof(EngineMonthEnds)])]
    public void Setup()
    {
        var p = new W1Parameters(Schools: Schools);
        workload = new W3Workload(p, W1Workload.Generate(p));
        bulk = W1Workload.OpenStore(p);
        bulk.Append(workload.Appended);
        daily = W1Workload.OpenStore(p);
        var figures = workload.MonthEndFigures(daily);
        daily.WaitForCompaction();
        var pinned = Schools == 1000 ? PlanS1000 : PlanS100;
        for (var m = 0; m < W3Workload.MonthEnds.Count; m++)
        {
            var reference = workload.Reference(W3Workload.MonthEnds[m]);
            if (Math.Round(figures[m].Plan, 9) != pinned[m] || Math.Round(reference.Plan, 9) != pinned[m]
                || Math.Abs(figures[m].Checksum - reference.Checksum) > 1e-9)
            {
                throw new InvalidOperationException($"W3 at D = {W3Workload.MonthEnds[m]}: engine {figures[m].Plan:F9}, reference {reference.Plan:F9}, expected {pinned[m]:F9}.");
            }
        }

        monthEnds = new ReportStore[W3Workload.MonthEnds.Count];
        for (var m = 0; m < monthEnds.Length; m++)
        {
            monthEnds[m] = W1Workload.OpenStore(p);
            workload.AppendDays(monthEnds[m], 0, W3Workload.MonthEnds[m] + 1);
            monthEnds[m].WaitForCompaction();
        }
    }

    /// <summary>
    /// The setup of the appends: the checks above, then each way of appending repeated until the process reuses
    /// its memory (<see cref="SteadyMemory"/>), so that both are measured in that steady state, whatever ran
    /// before them in the process.
    /// </summary>
    [GlobalSetup(Targets = [nameof(BulkAppend), nameof(DailyAppends)])]
    public void SetupSteady()
    {
        Setup();
        var bytes = workload.Appended.Length * 12L;
        var bulkCalls = SteadyMemory.WarmUp(() => BulkAppend(), bytes);
        var dailyCalls = SteadyMemory.WarmUp(() => DailyAppends(), bytes);
        Console.WriteLine($"// W3 S={Schools}: {bulkCalls} bulk and {dailyCalls} daily runs before the process reused its memory.");
    }

    /// <summary>One bulk append of the rows of days 0 … 359, in day order.</summary>
    /// <returns>The number of rows held.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("append")]
    public long BulkAppend()
    {
        var store = W1Workload.OpenStore(workload.Parameters);
        store.Append(workload.Appended);
        return store.Count;
    }

    /// <summary>The same rows appended one day at a time, until the merges they cause are done.</summary>
    /// <returns>The number of rows held.</returns>
    [Benchmark]
    [BenchmarkCategory("append")]
    public long DailyAppends()
    {
        var store = W1Workload.OpenStore(workload.Parameters);
        workload.AppendDays(store, 0, W3Workload.Days);
        store.WaitForCompaction();
        return store.Count;
    }

    /// <summary>Q1 (D = 180) on the store built by one bulk append.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("q1")]
    public double QueryAfterBulk() => workload.Engine(bulk, 180).Checksum;

    /// <summary>Q1 (D = 180) on the store built by the daily appends.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("q1")]
    public double QueryAfterDaily() => workload.Engine(daily, 180).Checksum;

    /// <summary>The reference loop at each month end over the rows appended by then (12 runs).</summary>
    /// <returns>The sum of the plan figures.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("month-end")]
    public double ReferenceMonthEnds() => W3Workload.MonthEnds.Sum(d => workload.Reference(d).Plan);

    /// <summary>The engine's Q1 at each month end on the store as the daily appends left it by then (12 queries).</summary>
    /// <returns>The sum of the plan figures.</returns>
    [Benchmark]
    [BenchmarkCategory("month-end")]
    public double EngineMonthEnds()
    {
        var sum = 0d;
        for (var m = 0; m < monthEnds.Length; m++)
        {
            sum += workload.Engine(monthEnds[m], W3Workload.MonthEnds[m]).Plan;
        }

        return sum;
    }
}
