// Workload W2 (../shared/bench/WORKLOAD.md): W1's generator and Q1 at province size, routed by county to the grains
// of a cluster. Compiled into the benchmarks and, linked, into the cluster tests, so both run the same code.
using System.Globalization;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Orleans;
using Zhuzhou.Education.Domain.Reports;

namespace Zhuzhou.Education.Domain.Orleans.Benchmarks;

/// <summary>W2's parameters, its reports as the public API takes them, and its plan served by a cluster.</summary>
internal static class W2Workload
{
    public const string PlanName = "w2";

    /// <summary>W2 at its defaults (T=32 C=120 S=250 R=35 D=180), or scaled down.</summary>
    public static W1Parameters Parameters(int schools = 250, int reports = 35) => new(Targets: 32, Counties: 120, Schools: schools, Reports: reports, AsOfDay: 180);

    /// <summary>The catalog serving W2's plan and tree under <see cref="PlanName"/>.</summary>
    public static PlanCatalog Catalog(W1Parameters p) => new PlanCatalog().Add(PlanName, W1Workload.BuildPlan(p), W1Workload.BuildTree(p));

    /// <summary>The generated rows as progress reports (school u is org unit "S{u}"), in the rows' (shuffled) order.</summary>
    public static ProgressReport[] Reports(ReportRow[] rows, W1Parameters p)
    {
        var targets = Enumerable.Range(0, p.Targets).Select(W1Workload.TargetIdOf).ToArray();
        var schools = Enumerable.Range(0, p.Units).Select(u => OrgUnitCode.Parse("S" + u.ToString(CultureInfo.InvariantCulture))).ToArray();
        var reports = new ProgressReport[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            reports[i] = new ProgressReport(targets[row.Target], schools[row.OrgUnit], W1Workload.Range.Start.PlusDays(row.Day), (decimal)row.Value);
        }

        return reports;
    }

    /// <summary>The reports routed by county (a school's county is unit / S), each county's in batches of at most <paramref name="batch"/>.</summary>
    public static IEnumerable<ProgressReport[]> ByCounty(ReportRow[] rows, ProgressReport[] reports, W1Parameters p, int batch)
        => Enumerable.Range(0, rows.Length)
            .GroupBy(i => rows[i].OrgUnit / p.Schools)
            .SelectMany(g => g.Select(i => reports[i]).Chunk(batch));
}
