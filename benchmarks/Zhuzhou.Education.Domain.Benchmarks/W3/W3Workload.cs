// Workload W3 (../shared/bench/WORKLOAD.md): W1's rows in reporting rounds — sorted by day (stable), appended one
// day at a time, with Q1 at every month end. Compiled into the benchmarks and, linked, into the tests.
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Benchmarks.W1;

namespace Zhuzhou.Education.Domain.Benchmarks.W3;

/// <summary>W1's rows by day, the daily appends and the month-end queries of W3.</summary>
internal sealed class W3Workload
{
    /// <summary>Days 0 … 359 are appended, one batch a day.</summary>
    public const int Days = 360;

    /// <summary>The month ends D = 29, 59, …, 359.</summary>
    public static IReadOnlyList<int> MonthEnds { get; } = [.. Enumerable.Range(1, 12).Select(m => (30 * m) - 1)];

    /// <summary>Sorts W1's rows by day (stable: ties keep their shuffled order) and notes where each day begins.</summary>
    public W3Workload(W1Parameters parameters, ReportRow[] rows)
    {
        Parameters = parameters;
        var dayStart = new int[Days + 2];
        foreach (var row in rows)
        {
            dayStart[Math.Min(row.Day, Days) + 1]++;
        }

        for (var d = 0; d <= Days; d++)
        {
            dayStart[d + 1] += dayStart[d];
        }

        var next = dayStart[..^1];
        var byDay = new ReportRow[rows.Length];
        foreach (var row in rows)
        {
            byDay[next[Math.Min(row.Day, Days)]++] = row;
        }

        ByDay = byDay;
        DayStart = dayStart;
    }

    public W1Parameters Parameters { get; }

    /// <summary>The rows sorted by day; rows after day 359 (none at the defaults) come last and are never appended.</summary>
    public ReportRow[] ByDay { get; }

    /// <summary>Where each day's rows begin in <see cref="ByDay"/> (one entry more than days).</summary>
    public int[] DayStart { get; }

    /// <summary>The rows of days 0 … 359, the bulk the daily appends add up to.</summary>
    public ReadOnlyMemory<ReportRow> Appended => ByDay.AsMemory(0, DayStart[Days]);

    /// <summary>Appends days <c>[from, to)</c>, one batch a day (an empty day appends nothing).</summary>
    public void AppendDays(ReportStore store, int from, int to)
    {
        for (var d = from; d < to; d++)
        {
            if (DayStart[d + 1] > DayStart[d])
            {
                store.Append(ByDay.AsMemory(DayStart[d], DayStart[d + 1] - DayStart[d]));
            }
        }
    }

    /// <summary>Q1 with D = <paramref name="day"/> by the reference loop over the rows appended by then (days 0 … D).</summary>
    public (double Plan, double Checksum) Reference(int day)
        => W1Workload.Reference(ByDay.AsSpan(0, DayStart[day + 1]), Parameters with { AsOfDay = day });

    /// <summary>Q1 with D = <paramref name="day"/> through the engine.</summary>
    public (double Plan, double Checksum) Engine(ReportStore store, int day) => W1Workload.Engine(store, Parameters with { AsOfDay = day });

    /// <summary>The whole workload: daily appends with Q1 at every month end, through the engine.</summary>
    public (double Plan, double Checksum)[] MonthEndFigures(ReportStore store)
    {
        var figures = new (double Plan, double Checksum)[MonthEnds.Count];
        var from = 0;
        for (var m = 0; m < MonthEnds.Count; m++)
        {
            AppendDays(store, from, MonthEnds[m] + 1);
            from = MonthEnds[m] + 1;
            figures[m] = Engine(store, MonthEnds[m]);
        }

        return figures;
    }
}
