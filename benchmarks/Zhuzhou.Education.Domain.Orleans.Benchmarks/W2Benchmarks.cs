using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Client;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>
/// Workload W2 (../shared/bench/WORKLOAD.md, 33.6M reports at its defaults): a 3-silo in-process Orleans cluster
/// against the in-process engine in the same run. End to end (route + ingest + Q1 + merge; the in-process engine:
/// one append of every report + Q1), and Q1 alone on data already held; each category has its in-process baseline.
/// The data are W2 at its defaults unless W2_SCHOOLS / W2_REPORTS say otherwise; both sides' plan and checksum are
/// checked against WORKLOAD.md (and the reference loop) in the setup and after every cluster iteration.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(W2Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class W2Benchmarks
{
    private W2Data data = null!;
    private ReportStore loaded = null!;
    private W2Cluster? cluster;
    private ClusterReportStore clusterStore = null!;
    private (double Plan, double Checksum)? lastCluster;

    /// <summary>Makes the data, and checks both sides' plan and checksum against WORKLOAD.md once.</summary>
    [GlobalSetup(Targets = [nameof(InProcessEndToEnd), nameof(InProcessQuery)])]
    public void SetupInProcess()
    {
        data = W2Data.Current;
        data.Check("in-process engine", data.InProcess(out loaded));
    }

    /// <summary>As <see cref="SetupInProcess"/>, and a loaded cluster for the query.</summary>
    [GlobalSetup(Targets = [nameof(ClusterQuery)])]
    public void SetupClusterQuery()
    {
        data = W2Data.Current;
        cluster = W2Cluster.StartAsync(data.P).GetAwaiter().GetResult();
        clusterStore = cluster.Store(data.P);
        data.Check("3-silo cluster", data.ClusterAsync(clusterStore).GetAwaiter().GetResult());
    }

    /// <summary>The data only; each iteration gets a fresh cluster.</summary>
    [GlobalSetup(Targets = [nameof(ClusterEndToEnd)])]
    public void SetupClusterEndToEnd() => data = W2Data.Current;

    /// <summary>A fresh, empty 3-silo cluster (untimed).</summary>
    [IterationSetup(Target = nameof(ClusterEndToEnd))]
    public void StartCluster()
    {
        cluster = W2Cluster.StartAsync(data.P).GetAwaiter().GetResult();
        clusterStore = cluster.Store(data.P);
    }

    /// <summary>Checks the iteration's plan and checksum, and stops its cluster (untimed).</summary>
    [IterationCleanup(Target = nameof(ClusterEndToEnd))]
    public void StopCluster()
    {
        data.Check("3-silo cluster", lastCluster ?? throw new InvalidOperationException("The iteration gave no result."));
        lastCluster = null;
        StopClusterNow();
    }

    /// <summary>Stops the query's cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        StopClusterNow();
        loaded = null!;
    }

    /// <summary>The in-process engine: open a store, append every report, Q1.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("end-to-end")]
    public double InProcessEndToEnd() => data.InProcess(out _).Checksum;

    /// <summary>The cluster: each county's batch to its grain, then Q1 from the merged partials.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("end-to-end")]
    public double ClusterEndToEnd()
    {
        lastCluster = data.ClusterAsync(clusterStore).GetAwaiter().GetResult();
        return lastCluster.Value.Checksum;
    }

    /// <summary>Q1 on the in-process store holding every report.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("query")]
    public double InProcessQuery() => W1Workload.Engine(loaded, data.P).Checksum;

    /// <summary>Q1 on the loaded cluster: the plan grain fans out to 121 grains, merges their partials; the client rolls up.</summary>
    /// <returns>The checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("query")]
    public double ClusterQuery() => data.QueryAsync(clusterStore).GetAwaiter().GetResult().Checksum;

    private void StopClusterNow()
    {
        cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        cluster = null;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private sealed class W2Config : ManualConfig
    {
        // In process (Orleans and BenchmarkDotNet share it: the cluster's silos run beside the benchmark); each
        // operation once per iteration (a fresh cluster per end-to-end iteration); one warm-up, three iterations.
        public W2Config() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("W2"));
    }
}
