using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Benchmarks;

/// <summary>
/// The baseline of a cold, one-shot <c>zedu report --progress FILE.csv</c>: <c>csv-parse-cold FILE</c> runs the parse
/// loop of <see cref="IngestBenchmarks.CsvParseLoop"/> once in a fresh process — its code not yet compiled, its heap
/// empty, as <c>zedu</c> reads a file — and prints the time of the loop and of the whole process so far.
/// </summary>
internal static class ColdParseLoop
{
    /// <summary>Runs the measurement when the arguments name it; false otherwise.</summary>
    public static bool TryRun(string[] args)
    {
        if (args is ["ingest-probe", var csv])
        {
            IngestProbe(csv);
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
    private static void IngestProbe(string file)
    {
        if (!File.Exists(file))
        {
            IngestBenchmarks.WriteCsv(file);
        }

        var tree = ZhuzhouOrgUnits.Tree2017;
        var ingest = new ProgressIngest(ZhuzhouPlans.Education2017, tree, text => IngestBenchmarks.School(tree, text));
        var stopwatch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        void Step(string name)
        {
            var now = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {stopwatch.Elapsed.TotalSeconds:F2} s, allocated {(now - allocated) / 1e6:F1} MB, VmHWM {PeakResidentBytes() / 1e6:F1} MB, heap {GC.GetTotalMemory(false) / 1e6:F1} MB, gen2 {GC.CollectionCount(2)}"));
            allocated = now;
            stopwatch.Restart();
        }

        Step("start");
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

    /// <summary>The peak resident set of this process (Linux's <c>VmHWM</c>), in bytes; 0 where it is not known.</summary>
    private static long PeakResidentBytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
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
