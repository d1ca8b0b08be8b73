using System.Buffers.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// A 1,000,000-report progress JSON file (the reports of <see cref="IngestBenchmarks"/>' CSV) read into a store by
/// <see cref="ProgressIngest.ReadJson"/> with the default options, straight into admission rows and, beside it, with
/// every batch read as report objects (the path before the rows), against a walk of the same file's tokens by
/// <see cref="Utf8JsonReader"/> over a bounded buffer that parses each value and nothing more (the baseline).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortRunInProcess))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonRowsBenchmarks
{
    private const int ReportCount = 1_000_000;

    private readonly Plan plan = ZhuzhouPlans.Education2017;
    private readonly OrgUnitTree tree = ZhuzhouOrgUnits.Tree2017;
    private string jsonPath = string.Empty;

    /// <summary>Writes the file: the CSV of <see cref="IngestBenchmarks"/> read as reports, written as a progress document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        jsonPath = WriteJson(Path.Combine(Path.GetTempPath(), $"zedu-json-rows-{Environment.ProcessId}.json"));
        Console.WriteLine($"// json: {new FileInfo(jsonPath).Length:N0} bytes");
        if (IngestJson() != ReportCount || IngestJsonObjects() != ReportCount)
        {
            throw new InvalidOperationException("The benchmark file does not load whole.");
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(jsonPath);

    /// <summary>The baseline: the file's tokens walked through a 64 KiB buffer, each number parsed as a decimal, each date as a date.</summary>
    /// <returns>The numbers read (negative when their sum is not positive, so nothing is optimised away).</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json")]
    public long TokenWalk()
    {
        using var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var buffer = new byte[1 << 16];
        var (length, count, sum, final) = (0, 0L, 0m, false);
        var state = default(JsonReaderState);
        while (!final)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            final = read == 0;
            length += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.Number)
                {
                    sum += reader.GetDecimal();
                    count++;
                }
                else if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 10 && reader.ValueSpan[4] == (byte)'-')
                {
                    var date = reader.ValueSpan;
                    _ = Utf8Parser.TryParse(date[..4], out int year, out _);
                    _ = Utf8Parser.TryParse(date[5..7], out int month, out _);
                    _ = Utf8Parser.TryParse(date[8..], out int day, out _);
                    sum += new DateOnly(year, month, day).Day;
                }
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
        }

        return sum > 0 ? count : -count;
    }

    /// <summary>What <c>zedu report --progress FILE.json</c> does before it queries: the file read into a store, straight into rows.</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("json")]
    public long IngestJson() => Ingest(asObjects: false);

    /// <summary>The same, every batch read as report objects by <see cref="ProgressJson"/> (as before the rows).</summary>
    /// <returns>The reports in the store.</returns>
    [Benchmark]
    [BenchmarkCategory("json")]
    public long IngestJsonObjects() => Ingest(asObjects: true);

    /// <summary>Writes the benchmark's 1,000,000 reports as a progress JSON document (the CSV of <see cref="IngestBenchmarks"/>, read as report objects).</summary>
    /// <param name="path">The file to write.</param>
    /// <returns>The path.</returns>
    internal static string WriteJson(string path)
    {
        var plan = ZhuzhouPlans.Education2017;
        var tree = ZhuzhouOrgUnits.Tree2017;
        var csv = path + ".csv";
        IngestBenchmarks.WriteCsv(csv);
        try
        {
            using var input = File.OpenRead(csv);
            var batch = ProgressCsv.Load(input, plan, tree, new ProgressCsvOptions { ResolveOrgUnit = text => IngestBenchmarks.School(tree, text) }).Value;
            using var output = File.Create(path);
            ProgressJson.Serialize(batch, output);
        }
        finally
        {
            File.Delete(csv);
        }

        return path;
    }

    private long Ingest(bool asObjects)
    {
        var ingest = new ProgressIngest(plan, tree, text => IngestBenchmarks.School(tree, text)) { JsonAsObjects = asObjects };
        using (var stream = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            ingest.ReadJson(stream, jsonPath);
        }

        return ingest.ToStore().Value.Count;
    }
}
