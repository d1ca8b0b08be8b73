using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Storage;

namespace Zhuzhou.Education.Domain.Orleans.Host;

/// <summary>Starts a silo serving the built-in plan, or runs the client sample against one.</summary>
internal static class SiloHost
{
    internal const string PlanName = "zhuzhou-2017";
    private const int SiloPort = 11111;
    private const int GatewayPort = 30000;

    /// <summary>The plans the silos serve (and the client knows): the built-in 2017 plan of 株洲市教育局.</summary>
    internal static PlanCatalog Catalog() => new PlanCatalog().Add(PlanName, ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Error is { } error)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + Options.Usage);
            return 2;
        }

        if (options.Client)
        {
            return await ClientSample.RunAsync(GatewayPort + options.Instance);
        }

        if (options.Postgres is { } connectionString)
        {
            // Once per database; the script is safe to run again.
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(PostgreSqlGrainStorage.Script, connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(SiloPort + options.Instance, GatewayPort + options.Instance, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, SiloPort));
            silo.Services.AddSingleton(Catalog());
            if (options.Postgres is { } postgres)
            {
                // The grains' state through Orleans' own serializer: the domain types travel by surrogates, not as JSON.
                silo.AddAdoNetGrainStorage(ClusterNames.Storage, o => o.Configure<Serializer>((storage, serializer) =>
                {
                    storage.Invariant = PostgreSqlGrainStorage.Invariant;
                    storage.ConnectionString = postgres;
                    storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
                }));
            }
            else
            {
                // Orleans' serializer here too (the memory storage's default is JSON through Newtonsoft, several times slower).
                silo.AddMemoryGrainStorage(ClusterNames.Storage, o => o.Configure<Serializer>((storage, serializer) => storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            }
        });

        using var host = builder.Build();
        await host.StartAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"zedu-silo {options.Instance}: serving plan \"{PlanName}\" on silo port {SiloPort + options.Instance}, gateway {GatewayPort + options.Instance}, storage {(options.Postgres is null ? "memory" : "PostgreSQL")}. Ctrl+C stops it."));
        await host.WaitForShutdownAsync();
        return 0;
    }

    private sealed record Options(bool Client, int Instance, string? Postgres, string? Error)
    {
        public const string Usage = "usage: zedu-silo [--instance N] [--postgres CONNECTION-STRING] | zedu-silo client [--instance N]";

        public static Options Parse(string[] args)
        {
            var client = false;
            var instance = 0;
            string? postgres = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "client":
                        client = true;
                        break;
                    case "--instance" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 100:
                        instance = n;
                        i++;
                        break;
                    case "--postgres" when i + 1 < args.Length && args[i + 1].Length > 0:
                        postgres = args[++i];
                        break;
                    default:
                        return new Options(false, 0, null, $"zedu-silo: argument {i + 1} (\"{args[i]}\") is not understood.");
                }
            }

            return new Options(client, instance, postgres, null);
        }
    }
}
