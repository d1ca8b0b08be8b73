using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Client;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>
/// A 3-silo Orleans cluster in this process (TestingHost; silos and client talk over loopback TCP, every message
/// serialized) serving W2's plan, its grain storage Orleans' own in-memory storage (state written with Orleans' serializer).
/// </summary>
internal sealed class W2Cluster : IAsyncDisposable
{
    private static (W1Parameters P, PlanCatalog Catalog)? catalog;

    private W2Cluster(TestCluster cluster) => Cluster = cluster;

    public TestCluster Cluster { get; }

    /// <summary>The catalog the silos and the client share: W2 at the parameters of the cluster started last.</summary>
    public static PlanCatalog Catalog(W1Parameters p)
    {
        if (catalog is not { } c || c.P != p)
        {
            catalog = (p, W2Workload.Catalog(p));
        }

        return catalog.Value.Catalog;
    }

    public ClusterReportStore Store(W1Parameters p) => new(Cluster.Client, Catalog(p), W2Workload.PlanName);

    public static async Task<W2Cluster> StartAsync(W1Parameters p)
    {
        Catalog(p);
        var builder = new TestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new W2Cluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton(catalog!.Value.Catalog);
            // Orleans' memory storage with Orleans' own serializer, as the silo host (zedu-silo) configures it.
            siloBuilder.AddMemoryGrainStorage(ClusterNames.Storage, o => o.Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(10));
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder)
            => clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(10));
    }
}
