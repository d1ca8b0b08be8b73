using System.Globalization;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.Orleans.Client;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>
/// W2's data, made once a process: the generated rows, the same rows as progress reports, and those routed by county.
/// W2 at its defaults unless the environment says otherwise (W2_SCHOOLS, W2_REPORTS: smaller runs while developing).
/// </summary>
internal sealed class W2Data
{
    private static W2Data? current;

    private W2Data(W1Parameters p)
    {
        P = p;
        Rows = W1Workload.Generate(p);
        Reports = W2Workload.Reports(Rows, p);
        ByCounty = [.. W2Workload.ByCounty(Rows, Reports, p, int.MaxValue)];
    }

    public W1Parameters P { get; }

    public ReportRow[] Rows { get; }

    public ProgressReport[] Reports { get; }

    /// <summary>The reports routed by county: one batch a county, in the rows' order.</summary>
    public ProgressReport[][] ByCounty { get; }

    public static W2Data Current => current ??= new W2Data(W2Workload.Parameters(Setting("W2_SCHOOLS", 250), Setting("W2_REPORTS", 35)));

    /// <summary>W2 at C=120 S=10 R=5 (192,000 reports), to warm the code up before a measurement.</summary>
    public static W2Data Small() => new(W2Workload.Parameters(10, 5));

    /// <summary>WORKLOAD.md's plan and checksum for these parameters, where it gives them.</summary>
    public (double Plan, double Checksum)? Published => (P.Schools, P.Reports) switch
    {
        (250, 35) => (0.738160066, 2857.920219165),
        (10, 5) => (0.230705360, 893.291153666),
        _ => null,
    };

    /// <summary>The in-process engine, end to end: one store, every report in one append, then Q1.</summary>
    public (double Plan, double Checksum) InProcess(out ReportStore store)
    {
        store = W1Workload.OpenStore(P);
        store.Append(Reports);
        return W1Workload.Engine(store, P);
    }

    /// <summary>The cluster, end to end: each county's batch to its grain (at most <paramref name="inFlight"/> at a time), then Q1 merged from the grains' partials.</summary>
    public async Task<(double Plan, double Checksum)> ClusterAsync(ClusterReportStore store, int inFlight = 6)
    {
        using var gate = new SemaphoreSlim(inFlight);
        await Task.WhenAll(ByCounty.Select(async batch =>
        {
            await gate.WaitAsync();
            try
            {
                await store.AppendAsync(batch);
            }
            finally
            {
                gate.Release();
            }
        }));
        return await QueryAsync(store);
    }

    /// <summary>Q1 on the cluster: the city and the counties, from each county grain's subtree totals (<see cref="ClusterReportStore.OwnersAsOfAsync"/>).</summary>
    public async Task<(double Plan, double Checksum)> QueryAsync(ClusterReportStore store) => W1Workload.Q1(await store.OwnersAsOfAsync(W1Workload.AsOfDate(P)), P);

    /// <summary>Q1 from the roll-up of every unit (<see cref="ClusterReportStore.AsOfAsync"/>: a cell a school and target crosses the wire).</summary>
    public async Task<(double Plan, double Checksum)> QueryEveryUnitAsync(ClusterReportStore store) => W1Workload.Q1(await store.AsOfAsync(W1Workload.AsOfDate(P)), P);

    /// <summary>Throws unless a result equals the reference loop's and WORKLOAD.md's to nine decimals.</summary>
    public void Check(string what, (double Plan, double Checksum) result)
    {
        var reference = W1Workload.Reference(Rows, P);
        var expected = Published ?? reference;
        if (Round(result) != Round(expected) || Round(reference) != Round(expected))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"W2 ({what}) gives plan {result.Plan:F9} checksum {result.Checksum:F9}; expected {expected.Plan:F9} {expected.Checksum:F9} (reference loop {reference.Plan:F9} {reference.Checksum:F9})."));
        }
    }

    private static (double, double) Round((double Plan, double Checksum) r) => (Math.Round(r.Plan, 9), Math.Round(r.Checksum, 9));

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
