using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;
using Zhuzhou.Education.Domain.Serialization.Wire;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// Writing and loading the 2017 plan and a batch of 1,000,000 progress reports with the library's source-generated
/// serializer, against reflection-based System.Text.Json (the same wire types, a
/// <see cref="DefaultJsonTypeInfoResolver"/>) as the baseline of each category. The library's loading also checks
/// every value and every report against the plan and the org unit tree; the baseline only maps what it read.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortRunInProcess))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private const int ReportCount = 1_000_000;

    private static readonly JsonSerializerOptions Reflection = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        MaxDepth = 1024,
    };

    private static readonly JsonLoadOptions Large = new() { MaxDocumentBytes = 1L << 30 };

    private Plan plan = null!;
    private OrgUnitTree tree = null!;
    private ProgressBatch batch = null!;
    private byte[] planJson = [];
    private byte[] batchJson = [];
    private MemoryStream output = null!;

    /// <summary>Builds the batch (deterministic) and both documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        plan = ZhuzhouPlans.Education2017;
        tree = ZhuzhouOrgUnits.Tree2017;
        var schools = new List<OrgUnit>(tree.Units);
        foreach (var county in tree.UnitsAt(OrgUnitLevel.County).ToList())
        {
            for (var s = 0; s < 100; s++)
            {
                schools.Add(new OrgUnit(OrgUnitCode.Parse($"{county.Code}-{s:D3}"), $"{county.Name}第{s + 1}学校", OrgUnitLevel.School, county.Code));
            }
        }

        tree = OrgUnitTree.Create(schools);
        batch = new ProgressBatch(Reports(plan, tree.UnitsAt(OrgUnitLevel.School).ToArray()).Take(ReportCount));
        output = new MemoryStream(256 << 20);
        planJson = System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(plan));
        using var stream = new MemoryStream();
        ProgressJson.Serialize(batch, stream);
        batchJson = stream.ToArray();
        Console.WriteLine($"// plan: {planJson.Length} bytes; batch: {batch.Reports.Length} reports, {batchJson.Length} bytes");
        if (!ProgressJson.LoadUtf8(batchJson, plan, tree, Large).Success)
        {
            throw new InvalidOperationException("The benchmark batch does not load.");
        }
    }

    /// <summary>Writes the plan, reflection-based.</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("plan-write")]
    public long PlanWrite_Reflection()
    {
        output.SetLength(0);
        JsonSerializer.Serialize(output, PlanJson.ToWire(plan), Reflection);
        return output.Length;
    }

    /// <summary>Writes the plan with <see cref="PlanJson.Serialize(Plan, Stream)"/>.</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory("plan-write")]
    public long PlanWrite_SourceGenerated()
    {
        output.SetLength(0);
        PlanJson.Serialize(plan, output);
        return output.Length;
    }

    /// <summary>Reads the plan's wire form, reflection-based (no checks, no model).</summary>
    /// <returns>The number of sections read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("plan-load")]
    public int PlanLoad_Reflection() => JsonSerializer.Deserialize<PlanDocument>(planJson, Reflection)!.Sections!.Count;

    /// <summary>Loads and checks the plan with <see cref="PlanJson.LoadUtf8"/>.</summary>
    /// <returns>The number of sections read.</returns>
    [Benchmark]
    [BenchmarkCategory("plan-load")]
    public int PlanLoad_SourceGenerated() => PlanJson.LoadUtf8(planJson).Value.Sections.Length;

    /// <summary>Writes 1,000,000 reports, reflection-based.</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("batch-write")]
    public long BatchWrite_Reflection()
    {
        output.SetLength(0);
        var document = new ProgressDocument { Schema = ProgressJson.Schema, Reports = [.. batch.Reports.Select(ProgressJson.ToWire)] };
        JsonSerializer.Serialize(output, document, Reflection);
        return output.Length;
    }

    /// <summary>Writes 1,000,000 reports with <see cref="ProgressJson.Serialize(ProgressBatch, Stream)"/>.</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark]
    [BenchmarkCategory("batch-write")]
    public long BatchWrite_SourceGenerated()
    {
        output.SetLength(0);
        ProgressJson.Serialize(batch, output);
        return output.Length;
    }

    /// <summary>Reads 1,000,000 reports reflection-based and maps them to the model without any check.</summary>
    /// <returns>The number of reports.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("batch-load")]
    public int BatchLoad_Reflection()
    {
        var document = JsonSerializer.Deserialize<ProgressDocument>(batchJson, Reflection)!;
        var reports = new List<ProgressReport>(document.Reports!.Count);
        foreach (var r in document.Reports)
        {
            reports.Add(new ProgressReport(TargetId.Parse(r!.Target.Value!), OrgUnitCode.Parse(r.OrgUnit.Value!), r.Date.Value, r.Value.Value)
            {
                Numerator = r.Numerator.State == WireState.Valid ? r.Numerator.Value : null,
                Denominator = r.Denominator.State == WireState.Valid ? r.Denominator.Value : null,
            });
        }

        return new ProgressBatch(reports).Reports.Length;
    }

    /// <summary>Loads 1,000,000 reports with <see cref="ProgressJson.LoadUtf8"/>, checking each against the plan and tree.</summary>
    /// <returns>The number of reports.</returns>
    [Benchmark]
    [BenchmarkCategory("batch-load")]
    public int BatchLoad_SourceGenerated() => ProgressJson.LoadUtf8(batchJson, plan, tree, Large).Value.Reports.Length;

    /// <summary>
    /// Reports in the shape of workload W1: for each target and school, a rising level every ten days or so
    /// (SplitMix64, seed 20170222), so the batch is valid and raises no warning.
    /// </summary>
    private static IEnumerable<ProgressReport> Reports(Plan plan, OrgUnit[] schools)
    {
        var state = 20170222UL;
        ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        var perPair = (int)Math.Ceiling(ReportCount / (double)(plan.Targets.Length * schools.Length));
        var start = new LocalDate(2017, 1, 1);
        foreach (var target in plan.Targets)
        {
            var share = target.OrgUnitAggregation == OrgUnitAggregation.Ratio;
            var step = Math.Max(0.01m, target.Comparison.Required / perPair);
            foreach (var school in schools)
            {
                var value = 0m;
                for (var k = 0; k < perPair; k++)
                {
                    var date = start.PlusDays((10 * k) + (int)(Next() % 10));
                    value += (int)(Next() % 3) * step;
                    yield return share
                        ? new ProgressReport(target.Id, school.Code, date, 0.5m) { Numerator = 50 + k, Denominator = 100 + k }
                        : new ProgressReport(target.Id, school.Code, date, target.Comparison.Kind == Quantities.ComparisonKind.Milestone ? Math.Min(1m, value) : value);
                }
            }
        }
    }
}

/// <summary>
/// BenchmarkDotNet's ShortRun (1 launch, 3 warm-ups, 3 iterations), run in process: the machine is shared, and
/// building a separate benchmark executable can outlast BenchmarkDotNet's build timeout.
/// </summary>
public sealed class ShortRunInProcess : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public ShortRunInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
