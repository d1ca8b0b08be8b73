using System.Diagnostics;
using System.Globalization;
using System.Text;

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
