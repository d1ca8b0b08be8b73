using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Benchmarks;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Client;

/// <summary>Faults, each on a 3-silo cluster of its own (the test takes a silo away).</summary>
public class ClusterReportStoreFaultTests : IAsyncLifetime
{
    private readonly ClusterFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task AppendAsync_SiloStoppedMidIngestion_RetriedFiguresEqualOneProcess()
    {
        var p = W2;
        var rows = W1Workload.Generate(p);
        var reports = W2Workload.Reports(rows, p);
        var batches = W2Workload.ByCounty(rows, reports, p, batch: 800).ToList();
        var store = fixture.Store(W2Workload.PlanName);

        // Four batches in flight at a time; a silo is killed (stopped abruptly) once a third of them are in.
        var done = 0;
        var stopped = Task.CompletedTask;
        using var gate = new SemaphoreSlim(4);
        var appends = batches.Select(async batch =>
        {
            await gate.WaitAsync();
            try
            {
                await store.AppendAsync(batch);
                if (Interlocked.Increment(ref done) == batches.Count / 3)
                {
                    stopped = fixture.Cluster.KillSiloAsync(fixture.Cluster.SecondarySilos[0]);
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(appends);
        await stopped;

        // Calls that met the dead silo were retried (how many depends on timing: see the storage fault test for a
        // retry that always happens). Sending batches once more adds nothing: nothing lost, nothing doubled.
        foreach (var batch in batches.Take(10))
        {
            (await store.AppendAsync(batch)).AlreadyHeld.Should().Be(batch.Length);
        }

        fixture.Cluster.GetActiveSilos().Should().HaveCount(2);
        (await store.CountAsync()).Should().Be(rows.Length);
        var inProcess = W1Workload.OpenStore(p);
        inProcess.Append(reports);
        var (plan, checksum) = W1Workload.Q1(await store.AsOfAsync(W1Workload.AsOfDate(p)), p);
        (plan, checksum).Should().Be(W1Workload.Engine(inProcess, p));
        Math.Round(checksum, 9).Should().Be(893.291153666);
    }
}
