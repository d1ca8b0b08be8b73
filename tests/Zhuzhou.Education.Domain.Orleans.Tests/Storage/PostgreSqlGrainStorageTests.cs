using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Zhuzhou.Education.Domain.Orleans.Client;
using Zhuzhou.Education.Domain.Orleans.Storage;
using Zhuzhou.Education.Domain.Orleans.Tests.Client;
using Zhuzhou.Education.Domain.Orleans.Tests.Support;
using Zhuzhou.Education.Domain.Reports;
using static Zhuzhou.Education.Domain.Orleans.Tests.Support.TestCatalog;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Storage;

/// <summary>
/// The grains' state in PostgreSQL through Orleans' ADO.NET persistence. Needs a server: ZEDU_POSTGRES holds its
/// connection string (<c>bash eng/start-postgres.sh</c> starts one and prints it; .ci/run does both). Skipped without.
/// </summary>
public class PostgreSqlGrainStorageTests
{
    private const string Variable = "ZEDU_POSTGRES";
    private static readonly LocalDate March = new(2017, 3, 31);

    [SkippableFact]
    public async Task AsOfAsync_NewClusterOnTheSameDatabase_ReadsEveryReportBack()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"No PostgreSQL server: set {Variable} (bash eng/start-postgres.sh starts one and prints it).");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            for (var run = 0; run < 2; run++)
            {
                // The script runs again on a database that has it.
                await using var command = new NpgsqlCommand(PostgreSqlGrainStorage.Script, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        var serviceId = "zedu-test-" + Guid.NewGuid().ToString("N");
        var plan = Small(15);
        ProgressReport[] reports =
        [
            new(Places.Id, Schools[0], March, 5m),
            new(Places.Id, Schools[2], March, 7m),
            new(Arts.Id, Schools[1], March, 0.5m) { Numerator = 20m, Denominator = 40m },
            new(Counsellors.Id, City, March, 3m),
        ];

        IEnumerable<object> before;
        var first = await Start(serviceId);
        try
        {
            var store = Store(first, plan);
            await store.AppendAsync(reports);
            (await store.AppendAsync(reports)).AlreadyHeld.Should().Be(reports.Length);
            before = ClusterReportStoreTests.Figures((await store.AsOfAsync(March)).EvaluatePlan());
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var second = await Start(serviceId);
        try
        {
            var store = Store(second, plan);
            (await store.CountAsync()).Should().Be(reports.Length);
            var result = await store.AsOfAsync(March);
            ClusterReportStoreTests.Figures(result.EvaluatePlan()).Should().Equal(before);
            result.Achieved(Places.Id).Amount.Should().Be(12m);
            result.Achieved(Arts.Id).Numerator.Should().Be(20m);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }

        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var rows = new NpgsqlCommand("SELECT count(*) FROM zedu_grain_state WHERE service_id = @id AND payload IS NOT NULL", check);
        rows.Parameters.AddWithValue("id", serviceId);
        ((long)(await rows.ExecuteScalarAsync())!).Should().Be(3, "the root's, 荷塘区's and 芦淞区's grains each wrote their state");
    }

    private static ClusterReportStore Store(TestCluster cluster, string plan) => new(cluster.Client, TestCatalog.Instance, plan);

    private static async Task<TestCluster> Start(string serviceId)
    {
        var builder = new TestClusterBuilder(2);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton(TestCatalog.Instance);
            // The state goes through Orleans' own serializer (the domain types travel by surrogates, not as JSON).
            siloBuilder.AddAdoNetGrainStorage(ClusterNames.Storage, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = PostgreSqlGrainStorage.Invariant;
                o.ConnectionString = Environment.GetEnvironmentVariable(Variable);
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
        }
    }
}
