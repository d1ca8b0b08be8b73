using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// Files straight into the store — the load path of <c>zedu report --progress FILE</c> (<see cref="ProgressIngest"/>,
/// then <see cref="ProgressIngest.ToStore"/>) — on a 1,000,000-report progress file, CSV and JSON, against a plain
/// read-split-parse loop over the same file as the baseline of each category; beside it, the object path (the whole
/// file read as report objects, then appended).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortRunInProcess))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IngestBenchmarks
{
    private const int ReportCount = 1_000_000;
    private const int Schools = 200;

    private static readonly JsonLoadOptions Large = new() { MaxDocumentBytes = 1L << 30 };

    private readonly Plan plan = ZhuzhouPlans.Education2017;
    private readonly OrgUnitTree tree = ZhuzhouOrgUnits.Tree2017;
    private string csvPath = string.Empty;
    private string jsonPath = string.Empty;

    /// <summary>The reports a batch of the ingest (see <see cref="BatchSizes"/>).</summary>
    [ParamsSource(nameof(BatchSizes))]
    public int BatchSize { get; set; }

    /// <summary>The batch sizes measured: the environment's <c>ZEDU_INGEST_BATCHES</c> (comma-separated), else the ingest's own.</summary>
    public static IEnumerable<int> BatchSizes
        => Environment.GetEnvironmentVariable("ZEDU_INGEST_BATCHES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [new ProgressIngest(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017).BatchSize];

    /// <summary>Writes the two files once (the same reports), as <c>zedu sample --rows</c> writes its CSV: schools of every county, one report per cell and week.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var reports = Generate(plan, tree).ToList();
        csvPath = Path.Combine(Path.GetTempPath(), $"zedu-ingest-1m-{Environment.ProcessId}.csv");
        jsonPath = Path.Combine(Path.GetTempPath(), $"zedu-ingest-1m-{Environment.ProcessId}.json");
        WriteCsv(csvPath, reports);

        using (var stream = File.Create(jsonPath))
        {
            ProgressJson.Serialize(new ProgressBatch(reports), stream);
        }

        Console.WriteLine($"// csv: {new FileInfo(csvPath).Length:N0} bytes; json: {new FileInfo(jsonPath).Length:N0} bytes; {reports.Count:N0} reports");
        if (IngestCsv() != ReportCount || IngestJson() != ReportCount)
        {
            throw new InvalidOperationException("The benchmark files do not load whole.");
        }
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(csvPath);
        File.Delete(jsonPath);
    }

    /// <summary>The baseline: each line split at commas, its date and numbers parsed.</summary>
    /// <returns>The records read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv")]
    public long CsvParseLoop() => ColdParseLoop.Loop(csvPath);

    /// <summary>What <c>zedu report --progress FILE.csv</c> does before it queries: the file read into a store.</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("csv")]
    public long IngestCsv()
    {
        var ingest = new ProgressIngest(plan, tree, School) { BatchSize = BatchSize };
        using (var stream = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            ingest.ReadCsv(stream, csvPath, new ProgressCsvOptions { MaxErrors = 1000 });
        }

        return ingest.ToStore().Value.Count;
    }

    /// <summary>The object path: the whole file read as report objects, then appended to a store.</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("csv")]
    public long ObjectsCsv()
    {
        using var stream = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var joined = new Dictionary<OrgUnitCode, OrgUnit>();
        var batch = ProgressCsv.Load(stream, plan, tree, new ProgressCsvOptions { ResolveOrgUnit = text => School(text) is { } u ? joined[u.Code] = u : null }).Value;
        var store = ReportStore.Open(plan, OrgUnitTree.Create([.. tree.Units, .. joined.Values]));
        store.Append(batch.Reports);
        return store.Count;
    }

    /// <summary>The baseline: the file's bytes walked by <see cref="Utf8JsonReader"/>, its numbers and dates parsed.</summary>
    /// <returns>The numbers read.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json")]
    public long JsonParseLoop()
    {
        var bytes = File.ReadAllBytes(jsonPath);
        var reader = new Utf8JsonReader(bytes);
        long count = 0;
        var sum = 0m;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                sum += reader.GetDecimal();
                count++;
            }
            else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 10 && reader.ValueSpan[4] == (byte)'-')
            {
                sum += DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).Day;
            }
        }

        return sum > 0 ? count : -count;
    }

    /// <summary>What <c>zedu report --progress FILE.json</c> does before it queries: the file read into a store, with the default options.</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("json")]
    public long IngestJson()
    {
        var ingest = new ProgressIngest(plan, tree, School) { BatchSize = BatchSize };
        using (var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            ingest.ReadJson(stream, jsonPath);
        }

        return ingest.ToStore().Value.Count;
    }

    /// <summary>The object path: the whole document read as report objects (with its limit raised), then appended to a store.</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("json")]
    public long ObjectsJson()
    {
        var schools = OrgUnitTree.Create([.. tree.Units, .. tree.UnitsAt(OrgUnitLevel.County).SelectMany(c => Enumerable.Range(1, Schools).Select(s => School($"{c.Code}-{s:D3}")!))]);
        using var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var batch = ProgressJson.Load(stream, plan, schools, Large).Value;
        var store = ReportStore.Open(plan, schools);
        store.Append(batch.Reports);
        return store.Count;
    }

    /// <summary>Writes the benchmark's 1,000,000 reports as a progress CSV, as <see cref="Setup"/> does.</summary>
    /// <param name="path">The file to write.</param>
    internal static void WriteCsv(string path) => WriteCsv(path, Generate(ZhuzhouPlans.Education2017, ZhuzhouOrgUnits.Tree2017));

    private static void WriteCsv(string path, IEnumerable<ProgressReport> reports)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(ProgressCsv.Header + "\n");
        foreach (var r in reports)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{r.Target},{r.OrgUnit},{r.Date:uuuu-MM-dd},{r.Value},{r.Numerator},{r.Denominator}\n"));
        }
    }

    /// <summary>A school as zedu writes one: its county's code, a hyphen, its number (430281-017).</summary>
    private OrgUnit? School(string text) => School(tree, text);

    /// <summary>A school of a tree's county as zedu writes one: the county's code, a hyphen, its number (430281-017).</summary>
    /// <param name="tree">The tree with the county.</param>
    /// <param name="text">The org unit as written.</param>
    /// <returns>The school, or null when the text is not one.</returns>
    internal static OrgUnit? School(OrgUnitTree tree, string text)
    {
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && OrgUnitCode.TryParse(text, out var code) && tree.Find(OrgUnitCode.Parse(text[..hyphen])) is { Level: OrgUnitLevel.County } county
            ? new OrgUnit(code, text, OrgUnitLevel.School, county.Code)
            : null;
    }

    private static IEnumerable<ProgressReport> Generate(Plan plan, OrgUnitTree tree)
    {
        var random = new Random(20170222);
        var targets = plan.Targets.Where(t => t.Comparison.Kind != ComparisonKind.Milestone).ToList();
        var counties = tree.UnitsAt(OrgUnitLevel.County).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
        var start = new LocalDate(2017, 1, 1);
        var cells = targets.Count * counties.Count * Schools;
        for (var i = 0; i < ReportCount; i++)
        {
            // Report i is cell i mod cells (target, county, school) on its own day, so no report repeats another's date.
            var cell = i % cells;
            var target = targets[cell % targets.Count];
            var county = counties[cell / targets.Count % counties.Count];
            var school = OrgUnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{county.Code}-{(cell / targets.Count / counties.Count) + 1:000}"));
            var date = start.PlusDays(Math.Min(364, (i / cells * 7) + random.Next(7)));
            if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio)
            {
                var denominator = 200 + random.Next(800);
                var numerator = random.Next(denominator + 1);
                yield return new ProgressReport(target.Id, school, date, Math.Round((decimal)numerator / denominator, 4)) { Numerator = numerator, Denominator = denominator };
            }
            else
            {
                yield return new ProgressReport(target.Id, school, date, random.Next(5));
            }
        }
    }
}
