using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans.Client;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Orleans.Host;

/// <summary>
/// The client path, as a service would take it: connect to the cluster, append the sample reports (a retry of the
/// same batch adds nothing), and ask for the plan's as-of roll-up — the same figures the in-process engine gives.
/// </summary>
internal static class ClientSample
{
    public static async Task<int> RunAsync(int gatewayPort)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort));
        using var host = builder.Build();
        await host.StartAsync();

        var store = new ClusterReportStore(host.Services.GetRequiredService<IClusterClient>(), SiloHost.Catalog(), SiloHost.PlanName);
        await using var sample = typeof(ClientSample).Assembly.GetManifestResourceStream("zhuzhou-2017-progress-sample.json")!;
        var reports = ProgressJson.Load(sample, store.Plan, store.Tree).Value!.Reports;

        var receipt = await store.AppendAsync(reports);
        var result = await store.AsOfAsync(new LocalDate(2017, 6, 30));

        var plan = result.EvaluatePlan();
        var held = await store.CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{receipt.Added} reports added, {receipt.AlreadyHeld} already held; {held} held by the cluster."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plan completion as of 2017-06-30: {plan.Completion:0.0%}"));
        foreach (var county in store.Tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {county.Code} {county.Name}: {result.EvaluatePlan(county.Code).Completion:0.0%}"));
        }

        await host.StopAsync();
        return 0;
    }
}
