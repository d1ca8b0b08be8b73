using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Benchmarks.Text;

/// <summary>
/// The peak memory of parsing plan text, which BenchmarkDotNet's allocation figures do not give: one size per fresh
/// process, as a user's parse runs. <c>parse-peak-write FILE MB</c> writes a plan of the 2017 seed repeated (each
/// copy's items numbered on) to about MB megabytes of UTF-8; <c>parse-peak FILE</c> parses that file from its stream
/// and prints the process's peak working set before and after, against the file's size.
/// </summary>
internal static class ParsePeak
{
    /// <summary>Runs a measurement named on the command line; false when the arguments name none.</summary>
    public static bool TryRun(string[] args)
    {
        switch (args)
        {
            case ["parse-peak-write", var file, var megabytes] when int.TryParse(megabytes, CultureInfo.InvariantCulture, out var size):
                Write(file, size);
                return true;
            case ["parse-peak", var file]:
                Measure(file);
                return true;
            default:
                return false;
        }
    }

    private static void Write(string file, int megabytes)
    {
        using var stream = typeof(ParsePeak).Assembly.GetManifestResourceStream("Seeds.zhuzhou-2017-work-plan.txt")
            ?? throw new InvalidOperationException("The seed text is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var seed = reader.ReadToEnd() + "\n";
        var seedBytes = Encoding.UTF8.GetByteCount(seed);
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        for (long written = 0; written + seedBytes <= megabytes * 1_000_000L; written += seedBytes)
        {
            writer.Write(seed);
        }
    }

    private static void Measure(string file)
    {
        var size = new FileInfo(file).Length;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        int items;
        using (var stream = File.OpenRead(file))
        {
            items = PlanTextParser.Parse(stream).Value.Items.Length;
        }

        clock.Stop();
        process.Refresh();
        var after = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {size:N0} bytes, {items:N0} items in {clock.Elapsed.TotalSeconds:F1} s; peak working set {before / 1e6:N0} MB before, {after / 1e6:N0} MB after = {(double)after / size:F2}x the input ({(double)(after - before) / size:F2}x over the runtime's own); allocated {GC.GetTotalAllocatedBytes() / 1e6:N0} MB"));
    }
}
