using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// The baseline of a cold, one-shot <c>zedu report --progress FILE.csv</c>: <c>csv-parse-cold FILE</c> runs the parse
/// loop of <see cref="IngestBenchmarks.CsvParseLoop"/> once in a fresh process — its code not yet compiled, its heap
/// empty, as <c>zedu</c> reads a file — and prints the time of the loop and of the whole process so far.
/// <c>ingest-probe FILE [--parts | --batch N]</c> times the steps of the ingest the loop is set against (see <see cref="IngestProbe"/>).
/// </summary>
internal static class ColdParseLoop
{
    /// <summary>Runs the measurement when the arguments name it; false otherwise.</summary>
    public static bool TryRun(string[] args)
    {
        if (args is ["ingest-probe", var csv, ..] && args.Length <= 4)
        {
            var batch = args is [_, _, "--batch", var size] ? int.Parse(size, CultureInfo.InvariantCulture) : (int?)null;
            IngestProbe(csv, parts: args is [_, _, "--parts"], batch);
            return true;
        }

        if (args is not ["csv-parse-cold", var file])
        {
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        var count = Loop(file);
        var process = DateTime.UtcNow - Process.GetCurrentProcess().StartTime.ToUniversalTime();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} records in {stopwatch.Elapsed.TotalSeconds:F2} s (process {process.TotalSeconds:F2} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1} MB)"));
        return true;
    }

    /// <summary>
    /// Where a one-shot <c>zedu report --progress FILE.csv</c> spends its time and memory: the file read into a
    /// <see cref="ProgressIngest"/>, then committed, each step with its wall time, the bytes it allocated and the peak
    /// resident set (<c>VmHWM</c>) after it.
    /// </summary>
    /// <param name="file">The progress CSV (written first when missing).</param>
    /// <param name="parts">Whether to time the parts first (Sylvan alone, records and admission, admission alone); the
    /// peak resident set is then no longer the ingest's own.</param>
    /// <param name="batch">The reports a batch (the ingest's own when null).</param>
    private static void IngestProbe(string file, bool parts, int? batch)
    {
        if (!File.Exists(file))
        {
            IngestBenchmarks.WriteCsv(file);
        }

        var tree = ZhuzhouOrgUnits.Tree2017;
        var ingest = new ProgressIngest(ZhuzhouPlans.Education2017, tree, text => IngestBenchmarks.School(tree, text));
        ingest = batch is { } size ? new ProgressIngest(ZhuzhouPlans.Education2017, tree, text => IngestBenchmarks.School(tree, text)) { BatchSize = size } : ingest;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batches of {ingest.BatchSize:N0} reports"));
        var stopwatch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        void Step(string name)
        {
            var now = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {stopwatch.Elapsed.TotalSeconds:F2} s, allocated {(now - allocated) / 1e6:F1} MB, VmHWM {PeakResidentBytes() / 1e6:F1} MB, VmRSS {PeakResidentBytes("VmRSS:") / 1e6:F1} MB, heap {GC.GetTotalMemory(false) / 1e6:F1} MB, gen2 {GC.CollectionCount(2)}, {Heap()}"));
            allocated = now;
            stopwatch.Restart();
        }

        Step("start");
        if (parts)
        {
            Parts(file, ingest, Step);
        }

        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var diagnostics = ingest.ReadCsv(stream, file, new ProgressCsvOptions { MaxErrors = 1000 });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ingest.Count:N0} staged, {diagnostics.Length} diagnostics"));
        }

        Step("read");
        var store = ingest.ToStore().Value;
        Step(string.Create(CultureInfo.InvariantCulture, $"commit ({store.Count:N0} in the store)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the store alone, after a full collection: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F1} MB live"));
        GC.KeepAlive(store);
    }

    private static void Parts(string file, ProgressIngest ingest, Action<string> step)
    {
        var tree = ingest.Tree;

        // The parts, each over the whole file: Sylvan's reading of every field; then the reader's records and
        // admission, batch by batch, with nothing staged; then the ingest itself.
        using (var csv = Sylvan.Data.Csv.CsvDataReader.Create(new StreamReader(file, Encoding.UTF8, true, 1 << 16)))
        {
            long chars = 0;
            while (csv.Read())
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    chars += csv.GetFieldSpan(i).Length;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chars:N0} characters in fields"));
        }

        step("Sylvan, every field");
        using (var text = new StreamReader(file, Encoding.UTF8, true, 1 << 16))
        {
            var admitted = 0L;
            var read = ProgressCsv.ReadBatches(text, ingest.Plan, ingest.Tree, new ProgressCsvOptions { MaxErrors = 1000, ResolveOrgUnit = t => IngestBenchmarks.School(tree, t) }, ingest.BatchSize, 1000, (rows, _) => admitted += rows.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{admitted:N0} records admitted, {read.Diagnostics.Length} diagnostics"));
        }

        step("records and admission, nothing staged");

        // Admission alone: the file's first batch asked again as many times as the file has batches (warnings counted).
        AdmissionRow[] first = [];
        using (var text = new StreamReader(file, Encoding.UTF8, true, 1 << 16))
        {
            ProgressCsv.ReadBatches(text, ingest.Plan, ingest.Tree, new ProgressCsvOptions { ResolveOrgUnit = t => IngestBenchmarks.School(tree, t) }, ingest.BatchSize, 1000, (rows, _) => first = first.Length == 0 ? [.. rows] : first);
        }

        var joined = OrgUnitTree.Create([.. tree.Units, .. first.Select(r => r.OrgUnit).Distinct().Where(c => !tree.Contains(c)).Select(c => IngestBenchmarks.School(tree, c.Value)!)]);
        step("the first batch as rows");
        var counted = 0;
        for (var b = 0; b < 16; b++)
        {
            new ReportAdmission(ingest.Plan, joined).Check(first, listWarnings: false, out var unlisted);
            counted += unlisted;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first.Length:N0} reports checked 16 times, {counted:N0} warnings counted"));
        step("admission alone, 16 batches");
    }

    /// <summary>The collector's view after its last collection: committed bytes and each generation's size after it.</summary>
    private static string Heap()
    {
        var info = GC.GetGCMemoryInfo();
        var generations = string.Join(" / ", info.GenerationInfo.ToArray().Select(g => (g.SizeAfterBytes / 1e6).ToString("F1", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"committed {info.TotalCommittedBytes / 1e6:F1} MB, gen 0/1/2/LOH/POH after {generations} MB, fragmented {info.FragmentedBytes / 1e6:F1} MB");
    }

    /// <summary>The peak resident set of this process (Linux's <c>VmHWM</c>; or another field of its status, as <c>VmRSS:</c>), in bytes; 0 where it is not known.</summary>
    private static long PeakResidentBytes(string field = "VmHWM:")
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Each line split at commas, its date and numbers parsed: the one parse loop, cold here and warm as <see cref="IngestBenchmarks.CsvParseLoop"/>'s baseline.</summary>
    /// <param name="file">The progress CSV.</param>
    /// <returns>The records read (negative if the sum came out non-positive, so the work is never dropped).</returns>
    internal static long Loop(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, true, 1 << 16);
        reader.ReadLine();
        long count = 0;
        var sum = 0m;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            var date = DateOnly.ParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            sum += decimal.Parse(fields[3], CultureInfo.InvariantCulture) + date.Day;
            if (fields[4].Length > 0)
            {
                sum += decimal.Parse(fields[4], CultureInfo.InvariantCulture) + decimal.Parse(fields[5], CultureInfo.InvariantCulture);
            }

            count++;
        }

        return sum > 0 ? count : -count;
    }
}
