using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;

namespace Zhuzhou.Education.Domain.Benchmarks.W3;

/// <summary>
/// W3's Q1 (D = 180) after the daily appends against Q1 after one bulk append, at N ≈ 1M (S = 100) and at W3's
/// default N ≈ 10M (S = 1000), with enough iterations for an error bar: a query of a millisecond or ten, which
/// <see cref="W3Benchmarks"/>' three iterations leave within a factor of two.
/// </summary>
[Config(typeof(W3QueryConfig))]
public class W3QueryBenchmarks
{
    private W3Workload workload = null!;
    private ReportStore bulk = null!;
    private ReportStore daily = null!;

    /// <summary>Schools per county: 100 gives N ≈ 1M, 1000 (W3's default) N ≈ 10M.</summary>
    [Params(100, 1000)]
    public int Schools { get; set; }

    /// <summary>Builds both stores and checks that Q1 gives the reference loop's figure on each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var p = new W1Parameters(Schools: Schools);
        workload = new W3Workload(p, W1Workload.Generate(p));
        bulk = W1Workload.OpenStore(p);
        bulk.Append(workload.Appended);
        daily = W1Workload.OpenStore(p);
        workload.AppendDays(daily, 0, W3Workload.Days);
        daily.WaitForCompaction();
        var reference = workload.Reference(180);
        foreach (var store in new[] { bulk, daily })
        {
            var engine = workload.Engine(store, 180);
            if (Math.Abs(engine.Checksum - reference.Checksum) > 1e-9 || Math.Abs(engine.Plan - reference.Plan) > 1e-9)
            {
                throw new InvalidOperationException($"W3 Q1 at D = 180: engine {engine.Plan:F9}, reference {reference.Plan:F9}.");
            }
        }
    }

    /// <summary>Q1 (D = 180) on the store built by one bulk append.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark(Baseline = true)]
    public double QueryAfterBulk() => workload.Engine(bulk, 180).Checksum;

    /// <summary>Q1 (D = 180) on the store built by the daily appends.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    public double QueryAfterDaily() => workload.Engine(daily, 180).Checksum;
}

/// <summary>
/// Five warm-ups and thirty measured iterations of at least 250 ms, one launch, in process; the median and the
/// minimum beside the mean, which on a shared machine the other processes push up.
/// </summary>
public sealed class W3QueryConfig : ManualConfig
{
    /// <summary>The job and the columns.</summary>
    public W3QueryConfig()
    {
        AddJob(Job.Default.WithWarmupCount(5).WithIterationCount(30).WithLaunchCount(1)
            .WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)).WithId("W3Q1Long"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
    }
}
