using System.Globalization;

namespace Zhuzhou.Education.Domain.Benchmarks.W1;

/// <summary>
/// Brings the process to the steady state of a benchmark that builds a new store each call: the garbage collector
/// keeps the memory of the stores dropped before and hands it to the next one, instead of fresh pages from the
/// system.
/// </summary>
/// <remarks>
/// On this virtual machine a page first touched costs tens of microseconds (the scatter of a first 10M-row ingest
/// took 0.8 s on huge pages and 2.5 s on 4 KB pages, against 0.1–0.3 s once the memory was the process's own). The
/// collector gives the memory of the first few dropped stores back to the system and keeps it only once its
/// budgets have grown: in a fresh process the first five 10M-row ingests each faulted in 56 huge pages, the later
/// ones none. In process, every benchmark shares that history: before this warm-up the ingest, measured first,
/// paid for fresh pages and the end-to-end, measured later, did not, so end to end came out faster than ingest
/// alone. The first ingest in a fresh process (cold) is measured apart, by <c>w1-cold</c>.
/// </remarks>
internal static class SteadyMemory
{
    private const int PageBytes = 4096;

    /// <summary>
    /// Calls <paramref name="build"/> until a call first-touches fewer than 2% of the pages of
    /// <paramref name="bytesPerCall"/> (on Linux, where the process's page faults can be read), or
    /// <paramref name="most"/> times.
    /// </summary>
    /// <returns>The number of calls made.</returns>
    public static int WarmUp(Action build, long bytesPerCall, int most = 12)
    {
        var threshold = Math.Max(1, bytesPerCall / PageBytes / 50);
        for (var call = 1; call <= most; call++)
        {
            var before = MinorFaults();
            build();
            var after = MinorFaults();
            if (before is { } b && after is { } a && a - b < threshold)
            {
                return call;
            }
        }

        return most;
    }

    /// <summary>The process's minor page faults so far (first touches of memory), or null where they cannot be read.</summary>
    public static long? MinorFaults()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/stat"))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces, so split after its closing parenthesis): state is
        // field 3 of the file and minflt field 10, so index 7 here.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }
}
